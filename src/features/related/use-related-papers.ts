import { useQuery } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import type { Catalog } from '../../catalog';
import type { RelatedPaper } from '../../related';
import { RelatedSource } from './related-source';

/** Papers shown as related to the open one. */
export const RELATED_COUNT = 5;

export const relatedKeys = {
  all: ['related'] as const,
  paper: (generation: number, id: string) => [...relatedKeys.all, generation, id] as const,
};

/**
 * One index for the page, kept while the reader moves from paper to paper; made on first use,
 * never while rendering, since it starts a worker.
 */
let shared: RelatedSource | null = null;
const source = () => (shared ??= new RelatedSource());
const subscribe = (listener: () => void) => source().subscribe(listener);
const generation = () => shared?.generation ?? 0;

/**
 * The papers most like the one with `id`, best first, with what each shares with it; undefined
 * until they are known. The digest's papers are sent to the index as they arrive; the answer is
 * asked for once the digest is whole, since a paper still to come may be the closest.
 */
export function useRelatedPapers(
  catalog: Catalog | null,
  complete: boolean,
  id: string,
): RelatedPaper[] | undefined {
  const entries = catalog?.entries;
  const digest = useSyncExternalStore(subscribe, generation, generation);
  useEffect(() => {
    if (entries) source().sync(entries);
  }, [entries]);

  const { data } = useQuery({
    queryKey: relatedKeys.paper(digest, id),
    queryFn: () => source().related(entries ?? [], id, RELATED_COUNT),
    enabled: complete && entries !== undefined,
    // The answer for one version of a digest never changes.
    staleTime: Infinity,
    retry: false,
  });
  return data;
}
