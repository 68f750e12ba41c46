import type { ArchiveClient } from './archive-client';

/** Resolves the page's archive client; the worker and its code load with the first use. */
export type ArchiveClientLoader = () => Promise<ArchiveClient>;

/** The archive in a worker (or in memory where workers or IndexedDB are missing). */
export const loadArchiveClient: ArchiveClientLoader = () =>
  import('./archive-client-instance').then((module) => module.archiveClient());
