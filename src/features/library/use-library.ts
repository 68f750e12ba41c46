import { useContext, useMemo, useSyncExternalStore } from 'react';
import type { LibraryData, LibraryStatus, LibraryStore } from '../../library';
import { LibraryContext } from './library-provider';

export interface LibraryView {
  store: LibraryStore;
  data: LibraryData;
  status: LibraryStatus;
  bookmarked: ReadonlySet<string>;
  read: ReadonlySet<string>;
}

/** The reader's bookmarks, read marks and notes, re-rendering on every change (from any tab). */
export function useLibrary(): LibraryView {
  const store = useContext(LibraryContext);
  if (!store) throw new Error('useLibrary needs a LibraryProvider above it');
  const data = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getServerSnapshot);
  const status = useSyncExternalStore(store.subscribe, store.getStatus, store.getServerStatus);
  const bookmarked = useMemo(() => new Set(Object.keys(data.bookmarks)), [data.bookmarks]);
  const read = useMemo(() => new Set(Object.keys(data.read)), [data.read]);
  return { store, data, status, bookmarked, read };
}
