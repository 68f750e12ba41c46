import { checkLibraryFile, type LibraryData } from './schema.ts';

/** The whole library as a pretty-printed JSON file that {@link importJson} reads back. */
export function exportJson(data: LibraryData, now: Date = new Date()): string {
  const { version, bookmarks, read, notes } = data;
  const file = { version, exportedAt: now.toISOString(), bookmarks, read, notes };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Reads a library file. Anything wrong refuses the whole file, with a Korean message saying what
 * (not JSON, not a library export, an unsupported version, or which record is invalid), so that
 * importing never half-applies a file.
 */
export function importJson(
  text: string,
): { ok: true; data: LibraryData } | { ok: false; error: string } {
  // Editors on Windows often save JSON with a byte order mark, which JSON.parse rejects.
  return checkLibraryFile(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}
