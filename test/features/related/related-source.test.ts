import { describe, expect, it } from 'vitest';
import type { DigestEntry } from '../../../src/digest';
import {
  createRelatedResponder,
  type RelatedRequest,
} from '../../../src/features/related/related-protocol';
import { RelatedSource } from '../../../src/features/related/related-source';
import { makeEntry } from '../../support/entry-factory';

/** A worker that answers as the real one does, after a task, and records what it was sent. */
class FakeWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly received: RelatedRequest[] = [];
  terminated = false;
  private readonly respond = createRelatedResponder();

  postMessage(request: RelatedRequest): void {
    this.received.push(structuredClone(request));
    const reply = this.respond(request);
    if (reply) setTimeout(() => this.onmessage?.({ data: reply } as MessageEvent), 0);
  }

  terminate(): void {
    this.terminated = true;
  }

  fail(): void {
    this.onerror?.({ preventDefault: () => undefined } as ErrorEvent);
  }
}

function workers() {
  const made: FakeWorker[] = [];
  const create = () => {
    const worker = new FakeWorker();
    made.push(worker);
    return worker as unknown as Worker;
  };
  return { made, create };
}

const titles = [
  'Reward models for RLHF',
  'Reward model overoptimization',
  'Video diffusion models',
  'Protein folding with graph networks',
];
const digest = (): DigestEntry[] => titles.map((title) => makeEntry({ title, tags: [] }));

describe('RelatedSource', () => {
  it('sends papers as the digest grows, only those not sent yet, then answers', async () => {
    const { made, create } = workers();
    const source = new RelatedSource(create);
    const entries = digest();

    source.sync(entries.slice(0, 2));
    const papers = await source.related(entries, entries[0]?.id ?? '', 2);

    const added = made[0]?.received.flatMap((request) =>
      request.type === 'add' ? request.entries.map((entry) => entry.title) : [],
    );
    expect(added).toEqual(titles);
    expect(papers[0]?.id).toBe(entries[1]?.id);
    // Only what the index reads crosses over.
    const [first] = made[0]?.received ?? [];
    expect(first?.type === 'add' && Object.keys(first.entries[0] ?? {})).toEqual([
      'id',
      'title',
      'authors',
      'abstract',
      'commentary',
      'tags',
    ]);
  });

  it('starts a new index for a digest that does not extend the last one', async () => {
    const { made, create } = workers();
    const source = new RelatedSource(create);
    const first = digest();
    const before = source.sync(first);
    const pending = source.related(first, first[0]?.id ?? '', 2);

    const other = digest();
    const after = source.sync(other);

    expect(after).toBe(before + 1);
    expect(made[0]?.terminated).toBe(true);
    await expect(pending).rejects.toThrow();
    const papers = await source.related(other, other[0]?.id ?? '', 2);
    expect(papers[0]?.id).toBe(other[1]?.id);
  });

  it('answers from the page when the worker fails', async () => {
    const { made, create } = workers();
    const source = new RelatedSource(create);
    const entries = digest();

    const pending = source.related(entries, entries[0]?.id ?? '', 2);
    made[0]?.fail();

    expect((await pending)[0]?.id).toBe(entries[1]?.id);
  });

  it('works in the page where there are no workers', async () => {
    const source = new RelatedSource(() => null);
    const entries = digest();

    expect((await source.related(entries, entries[0]?.id ?? '', 2))[0]?.id).toBe(entries[1]?.id);
  });
});
