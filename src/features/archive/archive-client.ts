import type { Archive } from '../../archive/types';

/**
 * The page's handle on the reader's archive: the archive's operations (see `Archive`), answered
 * by the archive worker. Every read and write of IndexedDB happens there; the page only sends
 * requests and receives plain data and Blobs, so a large archive never blocks the main thread. A
 * browser without IndexedDB gets an archive in memory (`listing.storage === 'memory'`).
 */
export type ArchiveClient = Archive;
