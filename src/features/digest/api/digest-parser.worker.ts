import { decodeDigest, parseDigest } from '../../../digest';
import type { WorkerReply } from './parse-in-worker';

/**
 * Decodes and parses a large digest off the main thread. Entries go back in batches, so that no
 * single message takes the main thread long to receive.
 */
const BATCH = 1000;

self.onmessage = (event: MessageEvent<ArrayBuffer>) => {
  const decoded = decodeDigest(new Uint8Array(event.data));
  const { entries, warnings } = parseDigest(decoded.text);
  for (let from = 0; from < entries.length; from += BATCH) {
    const reply: WorkerReply = { type: 'entries', entries: entries.slice(from, from + BATCH) };
    self.postMessage(reply);
  }
  const done: WorkerReply = { type: 'done', warnings: [...decoded.warnings, ...warnings] };
  self.postMessage(done);
};
