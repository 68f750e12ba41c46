import { useMemo } from 'react';
import { useLocation, useParams, useSearchParams } from 'react-router';
import { tagKey } from '../../catalog';
import {
  parseListKind,
  parseViewMode,
  type ListKind,
  type ViewMode,
} from '../../features/navigation/paths';

export type TagMode = 'and' | 'or';
export type Order = 'newest' | 'oldest';

export interface ReaderState {
  selectedId: string | null;
  /** A tag given by the path (`/tags/:tag`); kept for links that name one tag. */
  tag: string | null;
  view: ViewMode;
  list: ListKind;
  /** The search box's text (`?q=`). */
  query: string;
  /** Tag keys a paper must carry: all of them (`and`) or any (`or`). */
  tags: string[];
  tagMode: TagMode;
  /** Tag keys a paper must not carry. */
  excluded: string[];
  /** Inclusive `YYYY-MM-DD` bounds. */
  from: string | null;
  to: string | null;
  order: Order;
  /** Bookmarks: newest saved first, or by paper date. */
  sort: 'saved' | 'date';
  unreadOnly: boolean;
  /** A digest opened by URL (`?src=`), kept in every link so that the reader stays in it. */
  src: string | null;
  /** Every list filter above as a query string, so that links keep the list as it is. */
  filters: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function tagList(value: string | null): string[] {
  return value ? [...new Set(value.split(',').filter(Boolean).map(tagKey))] : [];
}

function date(value: string | null): string | null {
  return value && DATE.test(value) ? value : null;
}

/** Writes list filters as a query string; empty and default values are left out. */
export function serializeFilters(
  state: Pick<
    ReaderState,
    | 'query'
    | 'tags'
    | 'tagMode'
    | 'excluded'
    | 'from'
    | 'to'
    | 'order'
    | 'sort'
    | 'unreadOnly'
    | 'src'
  >,
): string {
  const search = new URLSearchParams();
  if (state.src) search.set('src', state.src);
  if (state.query) search.set('q', state.query);
  if (state.tags.length > 0) search.set('tags', state.tags.join(','));
  if (state.tagMode === 'or') search.set('tagmode', 'or');
  if (state.excluded.length > 0) search.set('not', state.excluded.join(','));
  if (state.from) search.set('from', state.from);
  if (state.to) search.set('to', state.to);
  if (state.order === 'oldest') search.set('order', 'oldest');
  if (state.sort === 'date') search.set('sort', 'date');
  if (state.unreadOnly) search.set('unread', '1');
  return search.toString();
}

/** What the URL says the reader is looking at: route params first, then the query string. */
export function useReaderState(): ReaderState {
  const params = useParams();
  const [search] = useSearchParams();
  const { pathname } = useLocation();
  const key = search.toString();
  return useMemo(() => {
    const get = (name: string) => search.get(name);
    const pathTag = params.tag ? tagKey(params.tag) : null;
    const tags = tagList(get('tags'));
    if (pathTag && !tags.includes(pathTag)) tags.unshift(pathTag);
    const legacyTag = get('tag');
    if (legacyTag && !tags.includes(tagKey(legacyTag))) tags.push(tagKey(legacyTag));
    const fields: Parameters<typeof serializeFilters>[0] = {
      query: get('q') ?? '',
      tags,
      tagMode: get('tagmode') === 'or' ? 'or' : 'and',
      excluded: tagList(get('not')).filter((tag) => !tags.includes(tag)),
      from: date(get('from')),
      to: date(get('to')),
      order: get('order') === 'oldest' ? 'oldest' : 'newest',
      sort: get('sort') === 'date' ? 'date' : 'saved',
      unreadOnly: get('unread') === '1',
      src: get('src'),
    };
    return {
      ...fields,
      selectedId: params.id ?? null,
      tag: pathTag,
      view: parseViewMode(get('view')),
      list: pathname.startsWith('/bookmarks') ? 'bookmarks' : parseListKind(get('list')),
      filters: serializeFilters(fields),
    };
    // `key` stands for `search`, whose identity changes on every navigation.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, params.id, params.tag, pathname]);
}
