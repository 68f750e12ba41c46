import { useMemo } from 'react';
import { useLocation, useParams, useSearchParams } from 'react-router';
import { tagKey } from '../catalog';
import {
  parseListKind,
  parseViewMode,
  type ListKind,
  type ViewMode,
} from '../features/navigation/paths';

export interface ReaderState {
  selectedId: string | null;
  /** Tag key the list is filtered by. */
  tag: string | null;
  view: ViewMode;
  list: ListKind;
  /** Bookmarks: newest saved first, or by paper date. */
  sort: 'saved' | 'date';
  unreadOnly: boolean;
}

/** What the URL says the reader is looking at: route params first, then the query string. */
export function useReaderState(): ReaderState {
  const params = useParams();
  const [search] = useSearchParams();
  const { pathname } = useLocation();
  const rawTag = params.tag ?? search.get('tag');
  const selectedId = params.id ?? null;
  const list = pathname.startsWith('/bookmarks') ? 'bookmarks' : parseListKind(search.get('list'));
  const view = parseViewMode(search.get('view'));
  const sort = search.get('sort') === 'date' ? 'date' : 'saved';
  const unreadOnly = search.get('unread') === '1';
  const tag = rawTag ? tagKey(rawTag) : null;
  return useMemo(
    () => ({ selectedId, tag, view, list, sort, unreadOnly }),
    [selectedId, tag, view, list, sort, unreadOnly],
  );
}
