import { experimental_streamedQuery as streamedQuery, queryOptions } from '@tanstack/react-query';
import { buildCatalog, type Catalog } from '../../../catalog';
import { DigestMerger, type DigestWarning, type ParseResult } from '../../../digest';
import { DIGEST_SOURCES, type DigestSource } from './digest-sources';
import { connectionFailure, DigestLoadFailure, httpFailure } from './load-failure';
import { nextTask } from './next-task';
import { parseResponse } from './parse-response';

/** A parsed digest; `complete` is false while parts of it are still loading. */
export interface LoadedDigest {
  catalog: Catalog;
  warnings: DigestWarning[];
  complete: boolean;
}

/**
 * While a large digest streams in, the page is updated at most this often: each update renders
 * everything known so far.
 */
const UPDATE_INTERVAL_MS = 300;
/** Entries that may arrive before the catalog is extended, between two updates. */
const CATALOG_STEP = 1000;

/** Hierarchical keys: every digest under ['digest'], one set of files under ['digest', 'files', …]. */
export const digestKeys = {
  all: ['digest'] as const,
  files: (names: readonly string[]) => [...digestKeys.all, 'files', ...names] as const,
};

async function fetchDigest(source: DigestSource, signal: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(source.url, { signal });
  } catch (error) {
    // A cancelled load is not a failure to explain.
    if (signal.aborted) throw error;
    throw connectionFailure();
  }
  if (!response.ok) throw httpFailure(response.status);
  return response;
}

/** Whether `source`'s failure leaves it a file without papers rather than failing the digest. */
function isEmptyShippedFile(source: DigestSource, error: unknown): boolean {
  return (
    source.shipped === true && error instanceof DigestLoadFailure && error.refusal?.kind === 'empty'
  );
}

/**
 * Loads every file, newest first, and yields the merged digest each time more of it is known:
 * a large file day by day as it downloads and is parsed in a worker, a small one at once. `parse`
 * reads one file's response (tests pass their own).
 */
export async function* loadDigest(
  sources: readonly DigestSource[],
  signal: AbortSignal,
  parse: (response: Response, signal: AbortSignal) => AsyncIterable<ParseResult> = parseResponse,
): AsyncGenerator<LoadedDigest> {
  const newestFirst = [...sources].reverse();
  // All downloads start at once; the newest file is read first.
  const responses = newestFirst.map((source) => fetchDigest(source, signal));
  for (const response of responses) response.catch(() => undefined);
  const merger = new DigestMerger();
  let catalog: Catalog | null = null;
  let uncounted = 0;
  const merged = (complete: boolean): LoadedDigest => {
    // The merged entries keep growing while the digest loads: each version gets an array of its
    // own. Files join at the end, newest first, so the catalog is extended, never rebuilt.
    catalog = buildCatalog(merger.entries.slice(), catalog);
    uncounted = 0;
    return { catalog, warnings: merger.warnings.slice(), complete };
  };

  let shown = false;
  let lastUpdate = 0;
  for (const [index, source] of newestFirst.entries()) {
    const response = await (responses[index] as Promise<Response>);
    const parts = skipEmptyShippedFile(source, parse(response, signal));
    for await (const more of parts) {
      merger.add(source.name, more);
      uncounted += more.entries.length;
      const now = performance.now();
      const due = merger.entries.length > 0 && (!shown || now - lastUpdate >= UPDATE_INTERVAL_MS);
      // The catalog is extended step by step, not all at once at the next update: a large
      // archive's last thousands of papers took 40 ms to count in one task.
      const extendCatalog = uncounted >= CATALOG_STEP;
      if (!due && !extendCatalog) continue;
      // Not in the task that received the entries from the worker, which copying them in has
      // already made long.
      await nextTask();
      const digest = merged(false);
      if (!due) continue;
      // User Timing marks let the startup benchmark (and anyone's DevTools) see where time goes.
      if (!shown) performance.mark('digest:first-parsed');
      shown = true;
      lastUpdate = now;
      yield digest;
    }
  }
  performance.mark('digest:parsed');
  await nextTask();
  yield merged(true);
}

async function* skipEmptyShippedFile(
  source: DigestSource,
  parts: AsyncIterable<ParseResult>,
): AsyncGenerator<ParseResult> {
  try {
    yield* parts;
  } catch (error) {
    if (!isEmptyShippedFile(source, error)) throw error;
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
    // Each version is new where it differs; comparing it deeply with the last took 20 ms at
    // 16,000 papers and could only find the entries it already shares.
    structuralSharing: false,
  });
}
