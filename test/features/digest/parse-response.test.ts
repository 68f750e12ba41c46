import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseDigest, type ParseResult } from '../../../src/digest';
import { parseResponse } from '../../../src/features/digest/api/parse-response';
import {
  createParserWorkerHandler,
  type ParserMessage,
  type ParserReply,
} from '../../../src/features/digest/api/parser-protocol';
import { syntheticDigest } from '../../support/synthetic-digest';

/** A Worker that runs the parser worker's code in this thread, answering asynchronously. */
class FakeParserWorker {
  static created: FakeParserWorker[] = [];
  onmessage: ((event: { data: ParserReply }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  terminated = false;
  /** What the page asked for, in order. */
  readonly requests: Array<ParserMessage['type']> = [];
  private readonly handle = createParserWorkerHandler((reply) => {
    if (!this.terminated) this.onmessage?.({ data: reply });
  });

  constructor() {
    FakeParserWorker.created.push(this);
  }

  postMessage(request: ParserMessage): void {
    this.requests.push(request.type);
    setTimeout(() => {
      if (!this.terminated) this.handle(request);
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

const encoder = new TextEncoder();
const large = syntheticDigest({ entries: 1500 });

/** A response whose body the test feeds by hand; `headers` as a server would send them. */
function controlledResponse(headers: Record<string, string> = {}): {
  response: Response;
  send: (text: string) => void;
  close: () => void;
} {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  return {
    response: new Response(body, { headers }),
    send: (text) => controller.enqueue(encoder.encode(text)),
    close: () => controller.close(),
  };
}

/** A response that downloads `text` in chunks of `size` bytes, as a network would. */
function chunkedResponse(text: string, size: number): Response {
  const bytes = encoder.encode(text);
  let at = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) controller.close();
      else controller.enqueue(bytes.slice(at, (at += size)));
    },
  });
  return new Response(body);
}

/** Idle callbacks the code under test asks for, kept to be run by hand. */
function idleCallbacks(): Array<() => void> {
  const idle: Array<() => void> = [];
  vi.stubGlobal('requestIdleCallback', (task: () => void) => idle.push(task));
  vi.stubGlobal('cancelIdleCallback', () => {});
  return idle;
}

async function collect(parts: AsyncGenerator<ParseResult>): Promise<ParseResult[]> {
  const results: ParseResult[] = [];
  for await (const part of parts) results.push(part);
  return results;
}

beforeEach(() => {
  FakeParserWorker.created = [];
  vi.stubGlobal('Worker', FakeParserWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe('parseResponse', () => {
  it('parses a small file at once on the main thread', async () => {
    const small = syntheticDigest({ entries: 20 });
    const parts = await collect(parseResponse(new Response(small), new AbortController().signal));
    expect(parts).toEqual([parseDigest(small)]);
    expect(FakeParserWorker.created).toEqual([]);
  });

  it('parses a large file in a worker, day by day, into exactly its entries', async () => {
    expect(encoder.encode(large).length).toBeGreaterThan(1_000_000);
    const parts = await collect(
      parseResponse(chunkedResponse(large, 64 * 1024), new AbortController().signal),
    );
    expect(parts.length).toBeGreaterThan(5);
    expect({
      entries: parts.flatMap((part) => part.entries),
      warnings: parts.flatMap((part) => part.warnings),
    }).toEqual(parseDigest(large));
    expect(FakeParserWorker.created).toHaveLength(1);
    expect(FakeParserWorker.created[0]?.terminated).toBe(true);
  });

  it('hands a large Blob to the worker whole, which reads it: the page passes on none of its bytes', async () => {
    const idle = idleCallbacks();
    const parts = parseResponse(new Blob([large]), new AbortController().signal);
    const first = await parts.next();
    expect((first.value as ParseResult).entries.length).toBeGreaterThan(0);
    for (const resume of idle.splice(0)) resume();
    const all = [first.value as ParseResult, ...(await collect(parts))];

    expect(all.flatMap((part) => part.entries)).toEqual(parseDigest(large).entries);
    expect(FakeParserWorker.created).toHaveLength(1);
    expect(FakeParserWorker.created[0]?.requests).toEqual(['blob', 'resume']);
    expect(FakeParserWorker.created[0]?.terminated).toBe(true);
  });

  it('parses a small Blob on the page, and refuses a Blob that is no digest before any worker', async () => {
    const small = syntheticDigest({ entries: 20 });
    expect(await collect(parseResponse(new Blob([small]), new AbortController().signal))).toEqual([
      parseDigest(small),
    ]);
    const page = `<!DOCTYPE html><html>${'<p>x</p>'.repeat(200_000)}</html>`;
    await expect(
      collect(parseResponse(new Blob([page]), new AbortController().signal)),
    ).rejects.toMatchObject({ name: 'DigestLoadFailure' });
    expect(FakeParserWorker.created).toEqual([]);
  });

  it('starts the worker before any byte arrives when the response is large on the wire', async () => {
    const { response, send, close } = controlledResponse({ 'content-length': '700000' });
    const parts = parseResponse(response, new AbortController().signal);
    const first = parts.next();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(FakeParserWorker.created).toHaveLength(1);

    send(large);
    close();
    const all = [(await first).value as ParseResult, ...(await collect(parts))];
    expect(all.flatMap((part) => part.entries)).toEqual(parseDigest(large).entries);
    expect(FakeParserWorker.created).toHaveLength(1);
  });

  it('stops the early worker when the file turns out small', async () => {
    const small = syntheticDigest({ entries: 20 });
    const { response, send, close } = controlledResponse({ 'content-length': '700000' });
    const parts = parseResponse(response, new AbortController().signal);
    const first = parts.next();
    send(small);
    close();
    expect((await first).value).toEqual(parseDigest(small));
    expect(FakeParserWorker.created).toHaveLength(1);
    expect(FakeParserWorker.created[0]?.terminated).toBe(true);
  });

  it('yields the first days while the rest is still downloading', async () => {
    const { response, send, close } = controlledResponse();
    const parts = parseResponse(response, new AbortController().signal);
    const half = large.lastIndexOf('\n2024년', large.length / 2);
    send(large.slice(0, half));
    const next = await parts.next();
    expect(next.done).toBe(false);
    const first = next.value as ParseResult;
    expect(first.entries.length).toBeGreaterThan(0);
    send(large.slice(half));
    close();
    const rest = await collect(parts);
    const entries = [first, ...rest].flatMap((part) => part.entries);
    expect(entries).toEqual(parseDigest(large).entries);
  });

  it('lets the worker go on after the first papers only once the page is idle', async () => {
    const idle = idleCallbacks();
    const { response, send, close } = controlledResponse();
    const parts = parseResponse(response, new AbortController().signal);
    send(large);

    const first = (await parts.next()).value as ParseResult;
    expect(first.entries.length).toBeGreaterThan(0);
    const worker = FakeParserWorker.created[0];
    expect(worker?.requests).not.toContain('resume');
    expect(idle).toHaveLength(1);

    close();
    idle[0]?.();
    expect(worker?.requests).toContain('resume');
    const rest = await collect(parts);
    expect([first, ...rest].flatMap((part) => part.entries)).toEqual(parseDigest(large).entries);
  });

  it('lets the worker go on only once the page is idle, even when the file has arrived whole', async () => {
    const idle = idleCallbacks();
    const { response, send, close } = controlledResponse();
    const parts = parseResponse(response, new AbortController().signal);
    send(large);
    close();

    const first = (await parts.next()).value as ParseResult;
    const worker = FakeParserWorker.created[0];
    expect(worker?.requests).not.toContain('resume');
    expect(idle).toHaveLength(1);

    idle[0]?.();
    const rest = await collect(parts);
    expect([first, ...rest].flatMap((part) => part.entries)).toEqual(parseDigest(large).entries);
  });

  it('stops the worker and the download when cancelled', async () => {
    const { response, send } = controlledResponse();
    const controller = new AbortController();
    const parts = parseResponse(response, controller.signal);
    send(large);
    await parts.next();
    controller.abort(new Error('left the page'));
    await expect(collect(parts)).rejects.toThrow('left the page');
    expect(FakeParserWorker.created[0]?.terminated).toBe(true);
  });

  it('reports a worker that fails', async () => {
    const { response, send } = controlledResponse();
    const parts = parseResponse(response, new AbortController().signal);
    send(large.slice(0, 1_100_000));
    const all = collect(parts);
    await vi.waitFor(() => expect(FakeParserWorker.created).toHaveLength(1));
    FakeParserWorker.created[0]?.onerror?.({ message: 'out of memory' });
    await expect(all).rejects.toThrow('Parsing the digest failed: out of memory');
  });

  describe('refuses bytes that cannot be a digest before parsing any', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

    it('an HTML page answered for a missing file', async () => {
      const page = `<!doctype html>\n<html><head><title>Reader</title></head>${' '.repeat(2000)}`;
      const parts = parseResponse(chunkedResponse(page, 100), new AbortController().signal);
      await expect(collect(parts)).rejects.toThrow(
        'HTML 페이지가 왔습니다 — 주소가 다이제스트 텍스트 파일을 가리키는지 확인하세요.',
      );
    });

    it('a large image, stopping the worker started for it', async () => {
      const image = new Uint8Array(700_000);
      image.set(png);
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(image.slice(0, 64 * 1024));
        },
      });
      const response = new Response(body, { headers: { 'content-length': '700000' } });
      await expect(
        collect(parseResponse(response, new AbortController().signal)),
      ).rejects.toMatchObject({
        name: 'DigestLoadFailure',
        refusal: { kind: 'binary', format: 'PNG' },
      });
      expect(FakeParserWorker.created).toHaveLength(1);
      expect(FakeParserWorker.created[0]?.terminated).toBe(true);
    });

    it('an empty file', async () => {
      await expect(
        collect(parseResponse(new Response(''), new AbortController().signal)),
      ).rejects.toMatchObject({ refusal: { kind: 'empty' } });
    });
  });
});
