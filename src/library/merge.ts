import { getOwn } from './records.ts';
import type { LibraryData, LibrarySection } from './schema.ts';

/** Per section, how many records a merge added and how many it replaced with newer ones. */
export type ImportSummary = Record<LibrarySection, { added: number; updated: number }>;

/**
 * `incoming` merged into `base`: nothing is ever removed, a record only one side has is kept, and
 * of two records for the same paper the one with the later time wins (ties keep `base`). Returns
 * `base` itself when nothing changes, so callers can tell by identity.
 */
export function mergeLibrary(
  base: LibraryData,
  incoming: LibraryData,
): { data: LibraryData; summary: ImportSummary } {
  const summary: ImportSummary = {
    bookmarks: { added: 0, updated: 0 },
    read: { added: 0, updated: 0 },
    notes: { added: 0, updated: 0 },
  };
  const bookmarks = mergeSection(base.bookmarks, incoming.bookmarks, 'savedAt', summary.bookmarks);
  const read = mergeSection(base.read, incoming.read, 'readAt', summary.read);
  const notes = mergeSection(base.notes, incoming.notes, 'updatedAt', summary.notes);
  const changed = bookmarks !== base.bookmarks || read !== base.read || notes !== base.notes;
  return { data: changed ? { ...base, bookmarks, read, notes } : base, summary };
}

function mergeSection<K extends string, T extends Record<K, string>>(
  base: Record<string, T>,
  incoming: Record<string, T>,
  timeField: K,
  counts: { added: number; updated: number },
): Record<string, T> {
  const changes: Array<[string, T]> = [];
  for (const [id, record] of Object.entries(incoming)) {
    const current = getOwn(base, id);
    if (current === undefined) counts.added++;
    else if (Date.parse(record[timeField]) > Date.parse(current[timeField])) counts.updated++;
    else continue;
    changes.push([id, record]);
  }
  // One copy for the whole merge; fromEntries keeps `__proto__` an ordinary key.
  return changes.length === 0 ? base : Object.fromEntries([...Object.entries(base), ...changes]);
}
