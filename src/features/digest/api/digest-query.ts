import { queryOptions } from '@tanstack/react-query';
// `no-inline` keeps the digest a separate hashed file; small files would otherwise be inlined as
// a data: URL into the bundle.
import digestUrl from '../../../../data/digest.txt?url&no-inline';
import { parseDigest } from '../../../digest';

/** Hierarchical keys: every digest under ['digest'], one file under ['digest', 'file', name]. */
export const digestKeys = {
  all: ['digest'] as const,
  file: (name: string) => [...digestKeys.all, 'file', name] as const,
};

export function digestQueryOptions() {
  return queryOptions({
    queryKey: digestKeys.file('default'),
    queryFn: async ({ signal }) => {
      const response = await fetch(digestUrl, { signal });
      if (!response.ok) throw new Error(`Loading the digest failed: HTTP ${response.status}`);
      return parseDigest(await response.text());
    },
    // The URL is content-hashed, so what it returns cannot change while the page is open.
    staleTime: Infinity,
  });
}
