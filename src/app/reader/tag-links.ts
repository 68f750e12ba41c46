import type { TagLinks } from '../../features/tags/components/tag-sidebar';
import { serializeFilters, type ReaderState } from './use-reader-state';

/** Sidebar links that change the tag filters and keep everything else the list has. */
export function buildTagLinks(state: ReaderState): TagLinks {
  const base = state.list === 'bookmarks' ? '/bookmarks' : '/';
  const href = (changes: Partial<ReaderState>) => {
    const filters = serializeFilters({ ...state, ...changes });
    return filters ? `${base}?${filters}` : base;
  };
  const without = (list: readonly string[], key: string) => list.filter((item) => item !== key);
  return {
    toggle: (key) =>
      href({
        tags: state.tags.includes(key) ? without(state.tags, key) : [...state.tags, key],
        excluded: without(state.excluded, key),
      }),
    exclude: (key) =>
      href({
        excluded: state.excluded.includes(key)
          ? without(state.excluded, key)
          : [...state.excluded, key],
        tags: without(state.tags, key),
      }),
    all: href({ tags: [], excluded: [], tagMode: 'and' }),
    mode: { current: state.tagMode, and: href({ tagMode: 'and' }), or: href({ tagMode: 'or' }) },
  };
}
