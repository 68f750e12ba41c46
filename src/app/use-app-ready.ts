import { useEffect } from 'react';
import { useHydrated } from '../components/ui/use-hydrated';

/**
 * Marks the page as the app's (`<html data-app-ready>`) once it has rendered in the browser with
 * the reader's own state. A page rendered ahead of time shows its content earlier, but answers
 * keys and clicks, and shows bookmarks and notes, only from then on; tools that drive the page
 * (end-to-end tests) wait for the mark. What keeps the site readable offline loads from then on
 * too, apart from the first download.
 */
export function useMarkAppReady(): void {
  // False while a page rendered ahead of time is taken over; true in the render that follows,
  // which also brings in what only the browser knows (the library, the theme).
  const rendered = useHydrated();
  useEffect(() => {
    if (!rendered) return;
    document.documentElement.dataset.appReady = '';
    void import('../features/offline/offline-support').then((offline) =>
      offline.startOfflineSupport(),
    );
  }, [rendered]);
}
