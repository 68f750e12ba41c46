import type { ArchiveSource, ArchiveStorage } from './types.ts';

/** A source and its text, written together or not at all. */
export interface StoredSource {
  source: ArchiveSource;
  text: Blob;
}

/**
 * Where the archive's records live: IndexedDB (`archive-db.ts`) or memory (`memory-backend.ts`).
 * Writes may reject with the storage's own error (a `QuotaExceededError` above all); the archive
 * turns those into failures.
 */
export interface ArchiveBackend {
  readonly storage: ArchiveStorage;
  /** Every readable source that has its text, and Korean sentences about the records that are not. */
  list(): Promise<{ sources: ArchiveSource[]; problems: string[] }>;
  /** The readable source `id`, whether or not its text is there; null otherwise. */
  get(id: string): Promise<ArchiveSource | null>;
  /** A readable source with its text whose text has this hash; null when there is none. */
  findByHash(hash: string): Promise<ArchiveSource | null>;
  readText(id: string): Promise<Blob | null>;
  /** Writes every source with its text in one transaction: all of them, or none on failure. */
  put(stored: readonly StoredSource[]): Promise<void>;
  /** Rewrites a source's record only (a refresh that brought no new text). */
  putSource(source: ArchiveSource): Promise<void>;
  /** Deletes source `id` and its text together; false when neither was there. */
  remove(id: string): Promise<boolean>;
}

/**
 * Whether the storage refused a write for lack of room. Browsers report it as a DOMException
 * named `QuotaExceededError`, on the request or as the error of the aborted transaction.
 */
export function isQuotaError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    error.name === 'QuotaExceededError'
  );
}
