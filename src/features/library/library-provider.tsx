import { createContext, useEffect, useState, type ReactNode } from 'react';
import { adoptDigestLibraries, LibraryStore, libraryStorageKey } from '../../library';

export const LibraryContext = createContext<LibraryStore | null>(null);

/**
 * One library store per digest, kept in step with other tabs (the `storage` event) and flushed
 * when the page is hidden, so the last keystrokes of a note are never lost.
 */
export function LibraryProvider({
  digestKey = 'default',
  children,
}: {
  digestKey?: string;
  children: ReactNode;
}) {
  const [current, setCurrent] = useState(() => ({
    digestKey,
    store: new LibraryStore({ digestKey }),
  }));
  let { store } = current;
  // Another digest has a library of its own: never show, or write, the previous one's under its key.
  if (current.digestKey !== digestKey) {
    store = new LibraryStore({ digestKey });
    setCurrent({ digestKey, store });
  }

  useEffect(() => {
    if (digestKey === 'default') adoptDigestLibraries(store);
    const key = libraryStorageKey(digestKey);
    const onStorage = (event: StorageEvent) => {
      if (event.key === key) store.replaceFromStorageEvent(event.newValue);
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') store.flush();
    };
    window.addEventListener('storage', onStorage);
    window.addEventListener('pagehide', store.flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('pagehide', store.flush);
      document.removeEventListener('visibilitychange', onHidden);
      store.flush();
    };
  }, [store, digestKey]);

  return <LibraryContext value={store}>{children}</LibraryContext>;
}
