import { experimental_streamedQuery as streamedQuery, queryOptions } from '@tanstack/react-query';
import { mergeDigests, type DigestEntry, type DigestWarning } from '../../../digest';
import type { ParseResult } from '../../../digest';
import { DIGEST_SOURCES, type DigestSource } from './digest-sources';
import { parseResponse } from './parse-response';

/** A parsed digest; `complete` is false while parts of it are still loading. */
export interface LoadedDigest extends ParseResult {
  complete: boolean;
}

/**
 * While a large digest streams in, the page is updated at most this often: each update sorts,
 * counts and renders everything known so far.
 */
const UPDATE_INTERVAL_MS = 300;

/** Hierarchical keys: every digest under ['digest'], one set of files under ['digest', 'files', …]. */
export const digestKeys = {
  all: ['digest'] as const,
  files: (names: readonly string[]) => [...digestKeys.all, 'files', ...names] as const,
};

async function fetchDigest(source: DigestSource, signal: AbortSignal): Promise<Response> {
  const response = await fetch(source.url, { signal });
  if (!response.ok) {
    throw new Error(`Loading ${source.name} failed: HTTP ${response.status}`);
  }
  return response;
}

/**
 * Loads every file, newest first, and yields the merged digest each time more of it is known:
 * a large file day by day as it downloads and is parsed in a worker, a small one at once.
 */
async function* loadDigest(
  sources: readonly DigestSource[],
  signal: AbortSignal,
): AsyncGenerator<LoadedDigest> {
  const newestFirst = [...sources].reverse();
  // All downloads start at once; the newest file is read first.
  const responses = newestFirst.map((source) => fetchDigest(source, signal));
  for (const response of responses) response.catch(() => undefined);
  const parsed = new Map<string, { entries: DigestEntry[]; warnings: DigestWarning[] }>();
  const merged = (complete: boolean): LoadedDigest => {
    const { entries, warnings } = mergeDigests(
      sources.flatMap((source) => {
        const result = parsed.get(source.name);
        return result ? [{ name: source.name, result }] : [];
      }),
    );
    // One file's entries come back as they are, and keep growing while it loads: each update
    // gets an array of its own.
    return { entries: entries.slice(), warnings, complete };
  };

  let shown = false;
  let lastUpdate = 0;
  for (const [index, source] of newestFirst.entries()) {
    const part = { entries: [] as DigestEntry[], warnings: [] as DigestWarning[] };
    parsed.set(source.name, part);
    const response = await (responses[index] as Promise<Response>);
    for await (const more of parseResponse(response, signal)) {
      for (const entry of more.entries) part.entries.push(entry);
      for (const warning of more.warnings) part.warnings.push(warning);
      const now = performance.now();
      if (part.entries.length > 0 && (!shown || now - lastUpdate >= UPDATE_INTERVAL_MS)) {
        // User Timing marks let the startup benchmark (and anyone's DevTools) see where time goes.
        if (!shown) performance.mark('digest:first-parsed');
        shown = true;
        lastUpdate = now;
        yield merged(false);
      }
    }
  }
  performance.mark('digest:parsed');
  yield merged(true);
}

export function digestQueryOptions(sources: readonly DigestSource[] = DIGEST_SOURCES) {
  return queryOptions({
    queryKey: digestKeys.files(sources.map((source) => source.name)),
    queryFn: streamedQuery<LoadedDigest, LoadedDigest | null>({
      streamFn: ({ signal }) => loadDigest(sources, signal),
      reducer: (_, chunk) => chunk,
      initialValue: null,
    }),
    // Asset URLs are content-hashed, so what they return cannot change while the page is open.
    staleTime: Infinity,
  });
}
