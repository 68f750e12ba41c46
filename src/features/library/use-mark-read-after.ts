import { useEffect } from 'react';
import { useLibrary } from './use-library';

/** Long enough to tell reading from passing through with j/k. */
export const READ_AFTER_MS = 4000;

/**
 * Marks the paper read once it has stayed open for a few seconds in a visible page. Each opening
 * is a fresh reading that marks at most once; within it, a paper the reader marked unread (here
 * or in another tab) stays unread, however often the page is hidden and shown again.
 */
export function useMarkReadAfter(id: string | null, delay = READ_AFTER_MS): void {
  const { store } = useLibrary();
  useEffect(() => {
    if (!id) return;
    store.openedPaper(id);
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Once per opening: a later "unread" from another tab must not be undone here either.
    let marked = false;
    const start = () => {
      clearTimeout(timer);
      if (marked || document.visibilityState === 'hidden') return;
      timer = setTimeout(() => {
        marked = true;
        store.markReadAfterReading(id);
      }, delay);
    };
    start();
    document.addEventListener('visibilitychange', start);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', start);
    };
  }, [id, delay, store]);
}
