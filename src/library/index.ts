/**
 * What the app keeps for the reader in the browser, behind one guarded storage module with
 * versioned keys. Plain TypeScript, no React.
 *
 * - Theme: `loadThemePreference`, `saveThemePreference`.
 * - Order of the tag sidebar: `loadTagOrder`, `saveTagOrder`.
 * - My library (bookmarks, read marks, notes): `LibraryStore` keeps one digest's library in memory,
 *   saves it in batches and syncs it across tabs, keeping both texts of a note two tabs edited at
 *   once (`mergeNote`); `parseLibrary` reads any stored value without
 *   throwing; `exportJson`/`importJson` move it between browsers; `exportBibtex` and
 *   `exportMarkdown` (in `./citations`, imported on its own so that it can load late) turn the
 *   bookmarks into a bibliography or a reading list. `adoptDigestLibraries` joins the libraries
 *   that files and addresses once kept apart into the one library.
 */
export {
  readItem,
  listItemNames,
  readItemChecked,
  removeItem,
  storageKey,
  writeItem,
  type CheckedRead,
  type Store,
} from './storage.ts';
export { loadThemePreference, saveThemePreference, type ThemePreference } from './theme.ts';
export { loadTagOrder, saveTagOrder } from './tag-order.ts';
export {
  LIBRARY_VERSION,
  emptyLibrary,
  parseLibrary,
  type Bookmark,
  type LibraryData,
  type LibraryFormat,
  type LibrarySection,
  type Note,
  type ParsedLibrary,
  type ReadMark,
} from './schema.ts';
export { mergeLibrary, type ImportSummary } from './merge.ts';
export {
  LibraryStore,
  WRITE_DELAY_MS,
  libraryStorageKey,
  type LibraryStatus,
  type LibraryStoreOptions,
  type NoteConflict,
  type Scheduler,
} from './library-store.ts';
export { exportJson, importJson } from './export.ts';
export { adoptDigestLibraries } from './adopt.ts';
export {
  NOTE_VERSIONS_SEPARATOR,
  joinNoteVersions,
  mergeNote,
  type NoteMerge,
} from './note-merge.ts';
