import { createArchive, type ArchiveOptions } from './archive.ts';
import { openArchiveDatabase } from './archive-db.ts';
import { createMemoryBackend } from './memory-backend.ts';
import type { Archive } from './types.ts';

export interface OpenArchiveOptions extends ArchiveOptions {
  /** The browser's `indexedDB`; undefined where there is none. */
  indexedDB: IDBFactory | undefined;
  /** How long opening IndexedDB may take before the archive is kept in memory instead. */
  openTimeoutMs?: number;
}

/**
 * Safari has been seen to leave the first IndexedDB open of a session unanswered; the reader's
 * digest, which waits for the archive's list to be whole, must not wait with it.
 */
const OPEN_TIMEOUT_MS = 5000;

function unanswered<T>(opening: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('IndexedDB did not answer')), timeoutMs);
  });
  return Promise.race([opening, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The reader's archive in IndexedDB or, where the browser refuses to open it (some private
 * modes, a disabled storage) or does not answer, in memory for this session: `list()` says which.
 */
export async function openArchive({
  indexedDB,
  openTimeoutMs = OPEN_TIMEOUT_MS,
  ...options
}: OpenArchiveOptions): Promise<Archive> {
  let backend;
  try {
    if (!indexedDB) throw new Error('No IndexedDB');
    backend = await unanswered(openArchiveDatabase(indexedDB), openTimeoutMs);
  } catch {
    backend = createMemoryBackend();
  }
  return createArchive(backend, options);
}
