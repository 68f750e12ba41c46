/**
 * Every state a reader would share lives in the URL: `/` all papers, `/tags/:tag` one tag,
 * `/papers/:id` one paper, `/bookmarks` the saved papers. On a paper, `?tag=` and `?list=` keep
 * the list it was opened from, and `?view=` the detail view.
 */

export const VIEW_MODES = ['both', 'abstract', 'commentary'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

export function parseViewMode(value: string | null): ViewMode {
  return VIEW_MODES.find((mode) => mode === value) ?? 'both';
}

/** Which papers the list shows: all of them, or the reader's bookmarks. */
export type ListKind = 'all' | 'bookmarks';

export function parseListKind(value: string | null): ListKind {
  return value === 'bookmarks' ? 'bookmarks' : 'all';
}

export interface ListContext {
  /** Tag key the list is filtered by, or null for all papers. */
  tag: string | null;
  view: ViewMode;
  list: ListKind;
  /** The list's other filters (search, tags, dates, order) as a query string, carried along. */
  filters?: string;
}

function query(params: Record<string, string | null | undefined>, filters = ''): string {
  const search = new URLSearchParams(filters);
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function homePath(): string {
  return '/';
}

export function tagPath(tag: string): string {
  return `/tags/${encodeURIComponent(tag)}`;
}

export function bookmarksPath({ tag }: { tag?: string | null } = {}): string {
  return `/bookmarks${query({ tag })}`;
}

export function paperPath(
  id: string,
  { tag, view, list, filters }: Partial<ListContext> = {},
): string {
  return `/papers/${encodeURIComponent(id)}${query(
    { list: list === 'bookmarks' ? list : null, tag, view: view === 'both' ? null : view },
    filters,
  )}`;
}

/** Where the list of the current context lives: bookmarks, the tag's page or all papers. */
export function listPath({
  tag,
  list = 'all',
  filters = '',
}: {
  tag: string | null;
  list?: ListKind;
  filters?: string;
}): string {
  if (filters) return `${list === 'bookmarks' ? '/bookmarks' : '/'}${query({ tag }, filters)}`;
  if (list === 'bookmarks') return bookmarksPath({ tag });
  return tag ? tagPath(tag) : homePath();
}

/**
 * History state of a paper opened from its list with no paper open there, so that its way back
 * to the list can go back in history instead of adding an entry.
 */
export const OPENED_FROM_LIST = { openedFromList: true } as const;

/** Whether the current history entry was opened from its list (see `OPENED_FROM_LIST`). */
export function openedFromList(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'openedFromList' in state;
}
