import { openArchive } from '../../archive/open-archive';
import {
  browserArchiveOptions,
  createArchiveResponder,
  type ArchiveRequest,
} from './archive-protocol';

/**
 * Owns the reader's archive off the main thread: every IndexedDB read and write, the digest
 * parsing that describes a new text, and the export and import. See `worker-archive-client.ts`.
 */
const respond = createArchiveResponder(openArchive(browserArchiveOptions()));

self.onmessage = (event: MessageEvent<ArchiveRequest>) => {
  void respond(event.data).then((reply) => {
    try {
      self.postMessage(reply);
    } catch (error) {
      // A value that cannot be copied to the page must still answer its request.
      const message = error instanceof Error ? error.message : String(error);
      self.postMessage({ id: reply.id, ok: false, error: message });
    }
  });
};
