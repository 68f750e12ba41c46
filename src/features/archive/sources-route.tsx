import { useEffect, useRef } from 'react';
import { RefusedFileAlert } from '../digest/components/open-digest-controls';
import { AppHeader } from '../layout/components/app-header';
import { LibraryProvider } from '../library/library-provider';
import { SourcesPanel } from './components/sources-panel';

/**
 * `/sources`, "내 자료": the digests the reader keeps in this browser, how much room they take,
 * and ways to add, remove, export and import them. Never rendered ahead of time.
 */
export function SourcesRoute() {
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen-reader users arrive at the page's name, as on the other pages.
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <LibraryProvider>
      <div className="flex min-h-dvh flex-col">
        <title>내 자료 — 논문 다이제스트</title>
        <AppHeader />
        <RefusedFileAlert />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 p-4 sm:p-6">
          <h2
            ref={heading}
            tabIndex={-1}
            className="text-xl font-semibold tracking-tight focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-indigo-600 dark:focus-visible:outline-indigo-400"
          >
            내 자료
          </h2>
          <SourcesPanel />
        </main>
      </div>
    </LibraryProvider>
  );
}
