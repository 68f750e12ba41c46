import {
  parseDigestBytes,
  SNIFF_BYTES,
  sniffDigest,
  unpackEntries,
  type ParseResult,
} from '../../../digest';
import { notADigestFailure } from './load-failure';
import { nextTask } from './next-task';
import { ownBuffer, type ParserMessage, type ParserReply } from './parser-protocol';

/** Files larger than this are parsed in a worker, day by day as they download. */
const LARGE_FILE = 1_000_000;
/**
 * A response this large on the wire (compressed, as a rule) will most likely hold a large file:
 * its worker starts at once, while the first megabyte still arrives. Started after it, the
 * worker's script arrived 160-290 ms after the app's own, with the first papers waiting for it.
 */
const EARLY_WORKER_BYTES = 128 * 1024;
/** The longest the main thread spends passing chunks on before it lets other work run. */
const SLICE_MS = 8;
/**
 * After the first papers the worker waits until the page is idle, having drawn them, but no
 * longer than this. A file that has already arrived whole waits too: its rest, parsed and sent
 * while the first papers were drawn, made long tasks in half the loads of a 2 MB digest, and
 * the wait costs its last papers about 120 ms.
 */
const FIRST_SCREEN_MS = 1000;

/**
 * Reads a digest response as it downloads and yields the entries and warnings of each further
 * part as soon as it is parsed. A small file is parsed at once on the main thread. A large one
 * goes to a Web Worker chunk by chunk (transferred, not copied), which sends back each day it has
 * parsed, so the first papers show while the rest still downloads and the main thread never holds
 * or parses the whole text. Bytes that cannot be a digest (an image, an HTML page, an empty file)
 * are refused with a `DigestLoadFailure` before any of them is parsed.
 *
 * A digest the page already holds as a Blob (the reader's archive) goes to the worker whole, and
 * the worker reads it: the page never reads or passes on its bytes.
 */
export async function* parseResponse(
  response: Response | Blob,
  signal: AbortSignal,
): AsyncGenerator<ParseResult> {
  if (response instanceof Blob) {
    yield* parseBlob(response, signal);
    return;
  }
  const body = response.body;
  if (!body || typeof Worker === 'undefined') {
    const bytes = new Uint8Array(await response.arrayBuffer());
    refuseUnlessDigest(bytes, true);
    yield parseDigestBytes(bytes);
    return;
  }
  const onWire = Number(response.headers.get('content-length'));
  const early = onWire >= EARLY_WORKER_BYTES ? startWorker() : null;
  const reader = body.getReader();
  const held: Uint8Array[] = [];
  let size = 0;
  const pause = pauser();
  let sniffed = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        early?.terminate();
        const bytes = join(held, size);
        if (!sniffed) refuseUnlessDigest(bytes, true);
        yield parseDigestBytes(bytes);
        return;
      }
      held.push(value);
      size += value.length;
      if (!sniffed && size >= SNIFF_BYTES) {
        refuseUnlessDigest(join(held, size), false);
        sniffed = true;
      }
      if (size > LARGE_FILE) break;
      await pause();
    }
  } catch (error) {
    early?.terminate();
    void reader.cancel().catch(() => undefined);
    throw error;
  }
  yield* parseInWorker(early ?? startWorker(), held, reader, signal);
}

/** Throws when `bytes`, the start of a response (`whole`: all of it), cannot be a digest. */
function refuseUnlessDigest(bytes: Uint8Array, whole: boolean): void {
  const refusal = sniffDigest(bytes.subarray(0, SNIFF_BYTES), whole && bytes.length <= SNIFF_BYTES);
  if (refusal) throw notADigestFailure(refusal);
}

async function* parseBlob(blob: Blob, signal: AbortSignal): AsyncGenerator<ParseResult> {
  if (blob.size <= LARGE_FILE || typeof Worker === 'undefined') {
    const bytes = new Uint8Array(await blob.arrayBuffer());
    refuseUnlessDigest(bytes, true);
    yield parseDigestBytes(bytes);
    return;
  }
  refuseUnlessDigest(new Uint8Array(await blob.slice(0, SNIFF_BYTES).arrayBuffer()), false);
  const worker = startWorker();
  const feed = () => {
    const request: ParserMessage = { type: 'blob', blob };
    worker.postMessage(request);
    return Promise.resolve();
  };
  yield* workerParts(worker, signal, feed, () => undefined);
}

function startWorker(): Worker {
  return new Worker(new URL('./digest-parser.worker.ts', import.meta.url), { type: 'module' });
}

function parseInWorker(
  worker: Worker,
  held: Uint8Array[],
  reader: ReadableStreamDefaultReader<Uint8Array>,
  signal: AbortSignal,
): AsyncGenerator<ParseResult> {
  const send = (bytes: Uint8Array) => {
    const buffer = ownBuffer(bytes);
    const request: ParserMessage = { type: 'bytes', bytes: buffer };
    worker.postMessage(request, [buffer]);
  };
  const pump = async () => {
    for (const bytes of held) send(bytes);
    held.length = 0;
    const pause = pauser();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      send(value);
      await pause();
    }
    const end: ParserMessage = { type: 'end' };
    worker.postMessage(end);
  };
  return workerParts(worker, signal, pump, () => void reader.cancel().catch(() => undefined));
}

/**
 * The parts `worker` sends back as it parses what `feed` gives it; a failure of `feed`, of the
 * worker or of `signal` ends them, and `release` lets go of the digest's source.
 */
async function* workerParts(
  worker: Worker,
  signal: AbortSignal,
  feed: () => Promise<void>,
  release: () => void,
): AsyncGenerator<ParseResult> {
  const replies = new Inbox<ParserReply>();
  let resumeScheduled = false;
  let cancelResume = () => {};
  worker.onmessage = (event: MessageEvent<ParserReply>) => {
    // The worker holds the rest until the first screen is drawn (see createParserAnswerer).
    if (!resumeScheduled && event.data.type === 'parsed') {
      resumeScheduled = true;
      const resume: ParserMessage = { type: 'resume' };
      cancelResume = whenIdle(() => worker.postMessage(resume));
    }
    replies.put(event.data);
  };
  worker.onerror = (event) =>
    replies.fail(new Error(`Parsing the digest failed: ${event.message}`));
  const stop = () => {
    worker.terminate();
    release();
    replies.fail(
      signal.reason instanceof Error ? signal.reason : new Error('Loading was cancelled'),
    );
  };
  signal.addEventListener('abort', stop, { once: true });

  feed().catch((error: unknown) =>
    replies.fail(error instanceof Error ? error : new Error(String(error))),
  );

  try {
    for (;;) {
      const reply = await replies.take();
      if (reply.type === 'done') return;
      if (reply.type === 'failed') throw new Error(`Reading the digest failed: ${reply.message}`);
      yield { entries: unpackEntries(reply.packed), warnings: reply.warnings };
    }
  } finally {
    signal.removeEventListener('abort', stop);
    cancelResume();
    worker.terminate();
    release();
  }
}

/**
 * Reads of chunks already downloaded resolve at once, so a loop over them would hold the main
 * thread for the whole file: the returned function lets other tasks run every few milliseconds.
 */
function pauser(): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < SLICE_MS) return;
    await nextTask();
    since = performance.now();
  };
}

/** Runs `task` once the page is idle, at most `FIRST_SCREEN_MS` later; returns a cancel. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: FIRST_SCREEN_MS });
    return () => cancelIdleCallback(handle);
  }
  // Without idle callbacks (Safari), a short wait still lets the first screen be drawn.
  const timer = setTimeout(task, 100);
  return () => clearTimeout(timer);
}

/** Messages waiting to be taken, in order; a failure rejects the next take. */
class Inbox<T> {
  private readonly items: T[] = [];
  private failure: Error | null = null;
  private waiting: { resolve: (item: T) => void; reject: (error: Error) => void } | null = null;

  put(item: T): void {
    if (this.waiting) {
      this.waiting.resolve(item);
      this.waiting = null;
    } else {
      this.items.push(item);
    }
  }

  fail(error: Error): void {
    this.failure ??= error;
    this.waiting?.reject(error);
    this.waiting = null;
  }

  take(): Promise<T> {
    if (this.items.length > 0) return Promise.resolve(this.items.shift() as T);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
    });
  }
}

function join(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
