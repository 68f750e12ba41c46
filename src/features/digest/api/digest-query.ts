import { experimental_streamedQuery as streamedQuery, queryOptions } from '@tanstack/react-query';
import { mergeDigests, parseNewestDaysFromBytes, type ParseResult } from '../../../digest';
import { DIGEST_SOURCES, type DigestSource } from './digest-sources';
import { parseBytes, parseInWorker } from './parse-in-worker';

/** A parsed digest; `complete` is false while parts of it are still loading. */
export interface LoadedDigest extends ParseResult {
  complete: boolean;
}

/** Files above this size are parsed in a worker, and show their newest days first. */
const LARGE_FILE = 1_000_000;
/** About a month of a daily digest: enough to fill the first screens of the list. */
const NEWEST_BYTES = 300_000;

/** Hierarchical keys: every digest under ['digest'], one set of files under ['digest', 'files', …]. */
export const digestKeys = {
  all: ['digest'] as const,
  files: (names: readonly string[]) => [...digestKeys.all, 'files', ...names] as const,
};

/** Resolves after the browser has had a chance to paint what the last update rendered. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

async function fetchBytes(source: DigestSource, signal: AbortSignal): Promise<ArrayBuffer> {
  const response = await fetch(source.url, { signal });
  if (!response.ok) {
    throw new Error(`Loading ${source.name} failed: HTTP ${response.status}`);
  }
  return response.arrayBuffer();
}

/**
 * Loads every file, newest first, and yields the merged digest each time more of it is known:
 * first the newest days of a large newest file, then each file as it is parsed. Large files are
 * parsed in a worker so the page never freezes.
 */
async function* loadDigest(
  sources: readonly DigestSource[],
  signal: AbortSignal,
): AsyncGenerator<LoadedDigest> {
  const newestFirst = [...sources].reverse();
  // All downloads start at once; the newest file is handled first.
  const downloads = newestFirst.map((source) => fetchBytes(source, signal));
  const parsed = new Map<string, ParseResult>();
  const merged = (complete: boolean): LoadedDigest => ({
    ...mergeDigests(
      sources.flatMap((source) => {
        const result = parsed.get(source.name);
        return result ? [{ name: source.name, result }] : [];
      }),
    ),
    complete,
  });

  for (const [index, source] of newestFirst.entries()) {
    const bytes = await (downloads[index] as Promise<ArrayBuffer>);
    // User Timing marks let the startup benchmark (and anyone's DevTools) see where time goes.
    if (index === 0) performance.mark('digest:fetched');
    if (bytes.byteLength > LARGE_FILE) {
      if (index === 0) {
        const newest = parseNewestDaysFromBytes(new Uint8Array(bytes), NEWEST_BYTES);
        if (newest) {
          parsed.set(source.name, newest);
          performance.mark('digest:newest-parsed');
          yield merged(false);
          await afterPaint();
        }
      }
      parsed.set(source.name, await parseInWorker(bytes, signal));
    } else {
      parsed.set(source.name, parseBytes(bytes));
    }
    const complete = index === newestFirst.length - 1;
    if (complete) performance.mark('digest:parsed');
    yield merged(complete);
  }
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
