/**
 * The reader's archive: the digests they added (a file, a pasted day, a subscribed address), each
 * stored once as its text with a description of it. Plain TypeScript, no DOM beyond what workers
 * have, so it runs in the archive worker and in Node tests.
 *
 * - `openArchive({ indexedDB, now, fetch })` opens the archive in IndexedDB, or in memory where the
 *   browser refuses IndexedDB.
 * - `createArchive(backend, { now, fetch })` runs the operations (list, read, addFile, addPaste,
 *   refresh, remove, exportArchive, importArchive) over a backend: `openArchiveDatabase(factory)`
 *   (the one module touching IndexedDB) or `createMemoryBackend()`. They resolve with
 *   `ArchiveResult`s and never throw for what the reader, the network or the storage did.
 * - `writeArchiveFile` / `readArchiveFile`: the archive as one JSON file, with the library.
 * - `readArchiveSource(value)` checks a stored or imported record.
 */
export { openArchive, type OpenArchiveOptions } from './open-archive.ts';
export { createArchive, type ArchiveOptions } from './archive.ts';
export { ARCHIVE_DB_NAME, openArchiveDatabase } from './archive-db.ts';
export { createMemoryBackend } from './memory-backend.ts';
export { isQuotaError, type ArchiveBackend, type StoredSource } from './backend.ts';
export {
  ARCHIVE_FILE_FORMAT,
  ARCHIVE_FILE_VERSION,
  readArchiveFile,
  writeArchiveFile,
  type ReadArchiveFile,
} from './archive-file.ts';
export { readArchiveSource, sourceId } from './source-record.ts';
export type * from './types.ts';
