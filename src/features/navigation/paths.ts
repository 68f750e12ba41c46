/**
 * Every state a reader would share lives in the URL: `/` all papers, `/tags/:tag` one tag,
 * `/papers/:id` one paper, with `?tag=` keeping the list's filter and `?view=` the detail view.
 */

export const VIEW_MODES = ['both', 'abstract', 'commentary'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

export function parseViewMode(value: string | null): ViewMode {
  return VIEW_MODES.find((mode) => mode === value) ?? 'both';
}

export interface ListContext {
  /** Tag key the list is filtered by, or null for all papers. */
  tag: string | null;
  view: ViewMode;
}

function query(params: Record<string, string | null>): string {
  const search = new URLSearchParams();
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

export function paperPath(id: string, { tag, view }: Partial<ListContext> = {}): string {
  return `/papers/${encodeURIComponent(id)}${query({ tag: tag ?? null, view: view === 'both' ? null : (view ?? null) })}`;
}

/** Where the list of the current context lives: the tag's page or all papers. */
export function listPath({ tag }: Pick<ListContext, 'tag'>): string {
  return tag ? tagPath(tag) : homePath();
}
