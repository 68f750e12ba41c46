import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildSearchCorpus } from '../../../src/features/search/build-search-index';
import { loadSearchCore } from '../../../src/features/search/search-core';
import { createCorpusBuilder } from '../../../src/features/search/corpus-builder';
import type { IndexReply, IndexRequest } from '../../../src/features/search/index-protocol';
import { openSearchIndex, search, type SearchCorpus } from '../../../src/search';
import { makeEntry } from '../../support/entry-factory';

/** Plays the worker in the same thread, its replies coming in tasks of their own. */
class FakeWorker {
  readonly received: IndexRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<IndexReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private readonly build = createCorpusBuilder();

  postMessage(request: IndexRequest): void {
    // What a real worker receives is a structured clone, not the page's objects.
    this.received.push(structuredClone(request));
    for (const { reply, transfer } of this.build(structuredClone(request))) {
      const data = structuredClone(reply, { transfer });
      setTimeout(() => this.onmessage?.(new MessageEvent('message', { data })), 0);
    }
  }

  terminate(): void {
    this.terminated = true;
  }

  fail(): void {
    this.onerror?.(new Event('error', { cancelable: true }) as ErrorEvent);
  }
}

const entries = Array.from({ length: 2500 }, (_, i) =>
  makeEntry({ title: i === 1234 ? 'Diffusion transformers' : `Paper ${i}` }),
);

function build(worker: FakeWorker | null) {
  const ready: SearchCorpus[] = [];
  const cancel = buildSearchCorpus(
    entries,
    (corpus) => ready.push(corpus),
    () => (worker ? (worker as unknown as Worker) : null),
  );
  return { ready, cancel };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('buildSearchCorpus', () => {
  it('sends the searchable fields in batches, one task each, and gets a corpus back', () => {
    const worker = new FakeWorker();
    const { ready } = build(worker);
    for (const sent of [0, 1, 2]) {
      expect(worker.received).toHaveLength(sent);
      vi.advanceTimersToNextTimer();
    }
    vi.runAllTimers();
    const sizes = worker.received.map((batch) => batch.entries.length);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(2500);
    expect(new Set(sizes.slice(0, -1)).size).toBe(1);
    expect(worker.received.map((batch) => batch.last)).toEqual(
      sizes.map((_, i) => i === sizes.length - 1),
    );
    expect(Object.keys(worker.received[0]?.entries[0] ?? {}).sort()).toEqual([
      'abstract',
      'affiliation',
      'authors',
      'commentary',
      'id',
      'tags',
      'title',
      'translation',
    ]);
    expect(ready).toHaveLength(1);
    expect(worker.terminated).toBe(true);
    expect(search(openSearchIndex(entries, ready[0]!), 'diffusion').ids).toEqual([
      entries[1234]?.id,
    ]);
  });

  it('stops the worker and its batches when cancelled, and ignores what still comes', () => {
    const worker = new FakeWorker();
    const { ready, cancel } = build(worker);
    vi.advanceTimersToNextTimer();
    vi.advanceTimersToNextTimer();
    cancel();
    vi.runAllTimers();
    expect(worker.terminated).toBe(true);
    expect(worker.received).toHaveLength(2);
    expect(ready).toEqual([]);
  });

  it('builds in the page when the worker fails', async () => {
    const worker = new FakeWorker();
    const { ready } = build(worker);
    vi.advanceTimersToNextTimer();
    worker.fail();
    await loadSearchCore();
    vi.runAllTimers();
    expect(worker.terminated).toBe(true);
    expect(worker.received).toHaveLength(1);
    expect(ready).toHaveLength(1);
    expect(search(openSearchIndex(entries, ready[0]!), 'diffusion').ids).toEqual([
      entries[1234]?.id,
    ]);
  });

  it('builds in the page where there is no worker', async () => {
    const { ready } = build(null);
    expect(ready).toEqual([]);
    await loadSearchCore();
    vi.runAllTimers();
    expect(search(openSearchIndex(entries, ready[0]!), 'diffusion transformers').ids).toEqual([
      entries[1234]?.id,
    ]);
  });
});
