import { experimental_streamedQuery as streamedQuery, queryOptions } from '@tanstack/react-query';
// `no-inline` keeps the digest a separate hashed file; small files would otherwise be inlined as
// a data: URL into the bundle.
import digestUrl from '../../../../data/digest.txt?url&no-inline';
import { parseDigest, parseNewestDays, type ParseResult } from '../../../digest';

/** A parsed digest; `complete` is false while only its newest days have been read. */
export interface LoadedDigest extends ParseResult {
  complete: boolean;
}

/** Texts above this size show their newest days first, before the full parse. */
const LARGE_TEXT = 1_000_000;
/** About a month of a daily digest: enough to fill the first screens of the list. */
const NEWEST_CHARS = 200_000;

/** Hierarchical keys: every digest under ['digest'], one file under ['digest', 'file', name]. */
export const digestKeys = {
  all: ['digest'] as const,
  file: (name: string) => [...digestKeys.all, 'file', name] as const,
};

/** Resolves after the browser has had a chance to paint what the last update rendered. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

async function* loadDigest(url: string, signal: AbortSignal): AsyncGenerator<LoadedDigest> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`Loading the digest failed: HTTP ${response.status}`);
  const text = await response.text();
  // User Timing marks let the startup benchmark (and anyone's DevTools) see where time goes.
  performance.mark('digest:fetched');
  if (text.length > LARGE_TEXT) {
    const newest = parseNewestDays(text, NEWEST_CHARS);
    if (newest) {
      performance.mark('digest:newest-parsed');
      yield { ...newest, complete: false };
      await afterPaint();
    }
  }
  const parsed = parseDigest(text);
  performance.mark('digest:parsed');
  yield { ...parsed, complete: true };
}

export function digestQueryOptions() {
  return queryOptions({
    queryKey: digestKeys.file('default'),
    queryFn: streamedQuery<LoadedDigest, LoadedDigest | null>({
      streamFn: ({ signal }) => loadDigest(digestUrl, signal),
      reducer: (_, chunk) => chunk,
      initialValue: null,
    }),
    // The URL is content-hashed, so what it returns cannot change while the page is open.
    staleTime: Infinity,
  });
}
