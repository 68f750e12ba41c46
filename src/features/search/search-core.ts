import { useEffect, useState } from 'react';

/** The search engine proper: what answers a query and opens the worker's corpus as an index. */
export type SearchCore = typeof import('../../search/search');

let loaded: SearchCore | null = null;
let loading: Promise<SearchCore> | null = null;

/**
 * Loads the search engine once. It is its own chunk because the first screen needs none of it:
 * only a query (typed, or `?q=` in the address) does. A failed load is tried again next time.
 */
export function loadSearchCore(): Promise<SearchCore> {
  loading ??= import('../../search/search').then(
    (core) => (loaded = core),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Starts loading the engine ahead of a search, e.g. when the reader focuses the box. */
export function preloadSearchCore(): void {
  // A failure here is retried, and shown as "preparing", by the search that needs the engine.
  loadSearchCore().catch(() => {});
}

/** The search engine once `wanted` has been true and it has loaded; null until then. */
export function useSearchCore(wanted: boolean): SearchCore | null {
  const [core, setCore] = useState(loaded);
  useEffect(() => {
    if (!wanted || core) return;
    let live = true;
    loadSearchCore().then(
      (ready) => {
        if (live) setCore(ready);
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [wanted, core]);
  return core;
}
