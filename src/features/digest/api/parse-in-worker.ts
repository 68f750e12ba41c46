import {
  decodeDigest,
  parseDigest,
  type DigestEntry,
  type DigestWarning,
  type ParseResult,
} from '../../../digest';

export type WorkerReply =
  { type: 'entries'; entries: DigestEntry[] } | { type: 'done'; warnings: DigestWarning[] };

/** Decodes and parses digest bytes on the main thread: fine for small files and for tests. */
export function parseBytes(bytes: ArrayBuffer): ParseResult {
  const decoded = decodeDigest(new Uint8Array(bytes));
  const result = parseDigest(decoded.text);
  return { entries: result.entries, warnings: [...decoded.warnings, ...result.warnings] };
}

/**
 * Parses digest bytes in a Web Worker, where there is one; the bytes are transferred, not
 * copied, so the main thread never holds the large text.
 */
export function parseInWorker(bytes: ArrayBuffer, signal: AbortSignal): Promise<ParseResult> {
  if (typeof Worker === 'undefined') return Promise.resolve(parseBytes(bytes));
  const worker = new Worker(new URL('./digest-parser.worker.ts', import.meta.url), {
    type: 'module',
  });
  return new Promise<ParseResult>((resolve, reject) => {
    const entries: DigestEntry[] = [];
    const stop = () => worker.terminate();
    signal.addEventListener('abort', () => {
      stop();
      reject(signal.reason instanceof Error ? signal.reason : new Error('Parsing was cancelled'));
    });
    worker.onerror = (event) => {
      stop();
      reject(new Error(`Parsing the digest failed: ${event.message}`));
    };
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'entries') {
        for (const entry of reply.entries) entries.push(entry);
        return;
      }
      stop();
      resolve({ entries, warnings: reply.warnings });
    };
    worker.postMessage(bytes, [bytes]);
  });
}
