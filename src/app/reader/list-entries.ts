import {
  countTags,
  datesWithPapers,
  filterEntries,
  type Catalog,
  type Day,
  type TagCount,
} from '../../catalog';
import type { DigestEntry } from '../../digest';
import type { Bookmark } from '../../library';
import type { ReaderState } from './use-reader-state';

/**
 * The papers the list shows: all or the bookmarks, then the search, unread only, tags and dates
 * (the catalog's own array when nothing narrows it); how many there are without the tag filters
 * (where the sidebar's first link leads); the dates that have papers before the date bounds; and
 * the bookmarks whose paper this digest lacks. `keptUnread`, the paper open while it was unread,
 * stays in the unread-only list until the reader moves on.
 */
export function listEntries(
  catalog: Catalog | null,
  state: ReaderState,
  bookmarks: Readonly<Record<string, Bookmark>>,
  read: ReadonlySet<string>,
  matches: ReadonlySet<string> | null,
  keptUnread: string | null = null,
): {
  entries: readonly DigestEntry[];
  untaggedCount: number;
  dates: readonly string[];
  missingBookmarks: Bookmark[];
} {
  if (!catalog) return { entries: [], untaggedCount: 0, dates: [], missingBookmarks: [] };
  let entries = catalog.entries;
  let missingBookmarks: Bookmark[] = [];
  if (state.list === 'bookmarks') {
    const saved = Object.values(bookmarks).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    entries = saved.flatMap((bookmark) => catalog.paper(bookmark.id) ?? []);
    missingBookmarks = saved.filter((bookmark) => !catalog.paper(bookmark.id));
    if (state.sort === 'date') {
      const order = new Map(catalog.entries.map((entry, index) => [entry.id, index]));
      entries = [...entries].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    }
  }
  if (matches) entries = entries.filter((entry) => matches.has(entry.id));
  if (state.unreadOnly) {
    entries = entries.filter((entry) => !read.has(entry.id) || entry.id === keptUnread);
  }
  const { from, to } = state;
  const bounds = { tags: [], tagMode: 'and', excluded: [], from, to } as const;
  const untaggedCount = from || to ? filterEntries(entries, bounds).length : entries.length;
  entries = filterEntries(entries, { ...state, from: null, to: null });
  // Days to step through are those of the list without its date bounds.
  const dates = entries === catalog.entries ? catalog.dates : datesWithPapers(entries);
  if (from || to) entries = filterEntries(entries, bounds);
  return { entries, untaggedCount, dates, missingBookmarks };
}

/**
 * Tag counts over the current result; a selected or excluded tag stays listed at 0 so that it
 * can still be turned off.
 */
export function resultTags(
  entries: readonly DigestEntry[],
  catalog: Catalog | null,
  { tags, excluded }: ReaderState,
): TagCount[] {
  const counts = catalog && entries === catalog.entries ? [...catalog.tags] : countTags(entries);
  const listed = new Set(counts.map((tag) => tag.key));
  for (const key of [...tags, ...excluded]) {
    if (!listed.has(key)) counts.push({ key, label: key, count: 0 });
  }
  return counts;
}

/**
 * The order rows appear in, for j/k: by day (`days` groups `entries`), newest first, unless a flat
 * order was asked for.
 */
export function displayOrder(
  entries: readonly DigestEntry[],
  days: readonly Day[],
  { list, sort, order }: ReaderState,
): readonly DigestEntry[] {
  if (list === 'bookmarks' && sort === 'saved') return entries;
  // A loop, not flatMap: on 16,000 papers flatMap took 5.8 ms, this 0.4 ms.
  const ordered: DigestEntry[] = [];
  for (const day of order === 'oldest' ? [...days].reverse() : days) {
    for (const entry of day.entries) ordered.push(entry);
  }
  return ordered;
}
