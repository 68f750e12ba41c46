import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { TagCount } from '../../catalog';
import { parseTagList, topTagKeys } from '../../trends';
import { MAX_CHART_TAGS } from './components/series-colors';

/**
 * The chart's tags, as the URL gives them (`?tags=llm,rl`), else the most used tags of the
 * digest. Writing them replaces the current entry, as the list's filters do: a choice of tags is
 * an address to share, not history to go back through.
 */
export function useTrendTags(catalogTags: readonly TagCount[]): {
  keys: string[];
  /** The reader chose the keys; false while they are the most used tags. */
  chosen: boolean;
  setKeys: (keys: readonly string[]) => void;
} {
  const [search, setSearch] = useSearchParams();
  const param = search.get('tags');
  const keys = useMemo(
    () => (param === null ? topTagKeys(catalogTags) : parseTagList(param).slice(0, MAX_CHART_TAGS)),
    [param, catalogTags],
  );
  const setKeys = useCallback(
    (next: readonly string[]) =>
      setSearch(
        (current) => {
          const params = new URLSearchParams(current);
          params.set('tags', next.join(','));
          return params;
        },
        { replace: true },
      ),
    [setSearch],
  );
  return { keys, chosen: param !== null, setKeys };
}
