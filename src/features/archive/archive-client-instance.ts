import type { ArchiveClient } from './archive-client';
import { createWorkerArchiveClient } from './worker-archive-client';

let client: ArchiveClient | undefined;

/**
 * The page's one archive client: the archive worker, started with the first call, or the archive
 * in the page where module workers are missing or fail. Import this module dynamically: nothing
 * of the archive belongs in the first download.
 */
export function archiveClient(): ArchiveClient {
  client ??= createWorkerArchiveClient();
  return client;
}
