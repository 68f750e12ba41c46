import { useEffect, useMemo, useState } from 'react';
import type { DigestEntry } from '../../digest';
import {
  parseQuery,
  searchIncremental,
  type Query,
  type SearchIndex,
  type SearchResult,
} from '../../search';
import { buildSearchIndex } from './build-search-index';

export interface SearchResults {
  /** Ids of the papers the query matches; null when there is no query. */
  ids: ReadonlySet<string> | null;
  /** True while the index for a new digest is still being built. */
  preparing: boolean;
}

/**
 * Matches the search box against the digest. The index is built once per digest, off the main
 * thread where it can be, and each keystroke that narrows the query searches only the previous
 * result.
 */
export function useSearchResults(
  entries: readonly DigestEntry[] | undefined,
  query: string,
): SearchResults {
  const [index, setIndex] = useState<{
    entries: readonly DigestEntry[];
    index: SearchIndex;
  } | null>(null);

  useEffect(() => {
    if (!entries) return;
    return buildSearchIndex(entries, (index) => setIndex({ entries, index }));
  }, [entries]);

  const current = index && index.entries === entries ? index.index : null;
  const searcher = useMemo(() => (current ? typingSearcher(current) : null), [current]);
  const parsed = useMemo(() => parseQuery(query), [query]);
  const result = useMemo(
    () => (searcher && parsed.terms.length > 0 ? searcher(parsed) : null),
    [searcher, parsed],
  );

  const ids = useMemo(() => (result ? new Set(result.ids) : null), [result]);
  if (parsed.terms.length === 0) return { ids: null, preparing: false };
  return { ids, preparing: current === null };
}

/** Searches one index, remembering the last result so that a longer query searches only it. */
function typingSearcher(index: SearchIndex): (query: Query) => SearchResult {
  let previous: SearchResult | null = null;
  return (query) => {
    previous = searchIncremental(index, query, previous);
    return previous;
  };
}
