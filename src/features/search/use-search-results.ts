import { useEffect, useMemo, useState } from 'react';
import type { DigestEntry } from '../../digest';
import type { Query, SearchCorpus, SearchResult } from '../../search';
// From its module, not the folder's index, which names the engine and so would load it up front.
import { parseQuery } from '../../search/query';
import { buildSearchCorpus } from './build-search-index';
import { useSearchCore, type SearchCore } from './search-core';

export interface SearchResults {
  /** Ids of the papers the query matches; null when there is no query. */
  ids: ReadonlySet<string> | null;
  /** True while the index for a new digest is still being built. */
  preparing: boolean;
}

/**
 * Matches the search box against the digest. The corpus is built once per digest, off the main
 * thread where it can be, as soon as the digest is in; the engine that searches it loads with the
 * first query. Each keystroke that narrows the query searches only the previous result.
 */
export function useSearchResults(
  entries: readonly DigestEntry[] | undefined,
  query: string,
): SearchResults {
  const [built, setBuilt] = useState<{
    entries: readonly DigestEntry[];
    corpus: SearchCorpus;
  } | null>(null);

  useEffect(() => {
    if (!entries) return;
    return buildSearchCorpus(entries, (corpus) => setBuilt({ entries, corpus }));
  }, [entries]);

  const parsed = useMemo(() => parseQuery(query), [query]);
  const core = useSearchCore(parsed.terms.length > 0);
  const current = built && built.entries === entries ? built : null;
  const searcher = useMemo(
    () => (core && current ? typingSearcher(core, current.entries, current.corpus) : null),
    [core, current],
  );
  const result = useMemo(
    () => (searcher && parsed.terms.length > 0 ? searcher(parsed) : null),
    [searcher, parsed],
  );

  const ids = useMemo(() => (result ? new Set(result.ids) : null), [result]);
  if (parsed.terms.length === 0) return { ids: null, preparing: false };
  return { ids, preparing: searcher === null };
}

/** Searches one index, remembering the last result so that a longer query searches only it. */
function typingSearcher(
  { openSearchIndex, searchIncremental }: SearchCore,
  entries: readonly DigestEntry[],
  corpus: SearchCorpus,
): (query: Query) => SearchResult {
  const index = openSearchIndex(entries, corpus);
  let previous: SearchResult | null = null;
  return (query) => {
    previous = searchIncremental(index, query, previous);
    return previous;
  };
}
