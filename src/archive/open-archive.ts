import { createArchive, type ArchiveOptions } from './archive.ts';
import { openArchiveDatabase } from './archive-db.ts';
import { createMemoryBackend } from './memory-backend.ts';
import type { Archive } from './types.ts';

export interface OpenArchiveOptions extends ArchiveOptions {
  /** The browser's `indexedDB`; undefined where there is none. */
  indexedDB: IDBFactory | undefined;
}

/**
 * The reader's archive in IndexedDB or, where the browser refuses to open it (some private
 * modes, a disabled storage), in memory for this session: `list()` says which.
 */
export async function openArchive({ indexedDB, ...options }: OpenArchiveOptions): Promise<Archive> {
  let backend;
  try {
    if (!indexedDB) throw new Error('No IndexedDB');
    backend = await openArchiveDatabase(indexedDB);
  } catch {
    backend = createMemoryBackend();
  }
  return createArchive(backend, options);
}
