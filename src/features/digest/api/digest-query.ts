import { experimental_streamedQuery as streamedQuery, queryOptions } from '@tanstack/react-query';
import { buildCatalog, type Catalog } from '../../../catalog';
import {
  DigestMerger,
  type DigestWarning,
  type PaperConflict,
  type ParseResult,
  type SourceTally,
} from '../../../digest';
import type { ArchiveClientLoader } from '../../archive/archive-loader';
import { listArchiveSources } from './archive-sources';
import { DIGEST_SOURCES, type DigestSource } from './digest-sources';
import { connectionFailure, DigestLoadFailure, fetchDigest } from './load-failure';
import { nextTask } from './next-task';
import { parseResponse } from './parse-response';

/** A parsed digest; `complete` is false while parts of it are still loading. */
export interface LoadedDigest {
  catalog: Catalog;
  warnings: DigestWarning[];
  complete: boolean;
  /** Papers that two sources hold in different versions, and which copy is listed. */
  conflicts?: readonly PaperConflict[];
  /** Sources that could not be read, the digest shown without them (their file names). */
  unavailable?: readonly string[];
}

/**
 * While a large digest streams in, the page is updated at most this often: each update renders
 * everything known so far.
 */
const UPDATE_INTERVAL_MS = 300;
/**
 * Once papers are on screen, the reader's archive joins them at most this often. Each update lays
 * out the sidebar and the list again, which with the archive's new tags and Korean text took
 * 50-100 ms on a 2-core machine without a Korean system font: the archive is read in about two
 * seconds, and the list does not need to grow more often than this while it is.
 */
const ARCHIVE_UPDATE_INTERVAL_MS = 1000;
/** Entries that may arrive before the catalog is extended, between two updates. */
const CATALOG_STEP = 1000;

/**
 * Hierarchical keys: every digest under ['digest'], one set of files under ['digest', 'files', …],
 * the shipped files merged with the reader's archive under ['digest', 'archive', …].
 */
export const digestKeys = {
  all: ['digest'] as const,
  files: (names: readonly string[]) => [...digestKeys.all, 'files', ...names] as const,
  archive: (names: readonly string[]) => [...digestKeys.all, 'archive', ...names] as const,
};

/**
 * Merges sources into versions of a digest. Each version it made remembers it (see
 * `assemblerOf`), so that a source the reader adds later joins that version instead of the whole
 * digest being read again.
 */
export class DigestAssembler {
  private readonly merger = new DigestMerger();
  private catalog: Catalog | null = null;
  private readonly unavailable: string[] = [];

  add(source: DigestSource, part: ParseResult, changedAt: number | undefined): void {
    this.merger.add(source.name, part, { label: source.label ?? source.name, changedAt });
  }

  markUnavailable(source: DigestSource): void {
    this.unavailable.push(source.label ?? source.name);
  }

  get size(): number {
    return this.merger.entries.length;
  }

  tally(name: string): SourceTally | undefined {
    return this.merger.tallies.get(name);
  }

  /** The digest as merged so far. */
  version(complete: boolean): LoadedDigest {
    // The merged entries keep growing while the digest loads: each version gets an array of its
    // own. New papers join at the end, so the catalog is extended, not rebuilt, unless a newer
    // copy of a paper took an older one's place.
    const rebuild = this.merger.takeReplaced();
    this.catalog = buildCatalog(this.merger.entries.slice(), rebuild ? null : this.catalog);
    const digest: LoadedDigest = {
      catalog: this.catalog,
      warnings: this.merger.warnings.slice(),
      complete,
      conflicts: this.merger.conflicts.slice(),
      unavailable: this.unavailable.slice(),
    };
    assemblers.set(digest, this);
    return digest;
  }
}

const assemblers = new WeakMap<LoadedDigest, DigestAssembler>();

/** The assembler that made `digest`, to add a source to it. */
export function assemblerOf(digest: LoadedDigest): DigestAssembler | undefined {
  return assemblers.get(digest);
}

/** Whether `source`'s failure leaves it a file without papers rather than failing the digest. */
function isEmptyShippedFile(source: DigestSource, error: unknown): boolean {
  return (
    source.shipped === true && error instanceof DigestLoadFailure && error.refusal?.kind === 'empty'
  );
}

function openSource(source: DigestSource, signal: AbortSignal): Promise<Response | Blob> {
  if (source.open) {
    return source.open(signal).catch((error: unknown) => {
      if (error instanceof DigestLoadFailure || signal.aborted) throw error;
      throw connectionFailure();
    });
  }
  return fetchDigest(source.url, signal);
}

/** When a response's text last changed, by its Last-Modified header. */
function lastModified(response: Response | Blob): number | undefined {
  if (response instanceof Blob) return undefined;
  const time = Date.parse(response.headers.get('last-modified') ?? '');
  return Number.isNaN(time) ? undefined : time;
}

/**
 * Loads every file, newest first, and yields the merged digest each time more of it is known:
 * a large file day by day as it downloads and is parsed in a worker, a small one at once. `parse`
 * reads one file's response (tests pass their own).
 *
 * With `archive`, the reader's archive joins the files after them, and a file that cannot be read
 * (offline before it was ever kept, or gone from a host that has a newer version of the app) is
 * left out and named in `unavailable` while anything else can be shown.
 */
export async function* loadDigest(
  sources: readonly DigestSource[],
  signal: AbortSignal,
  parse: (
    response: Response | Blob,
    signal: AbortSignal,
  ) => AsyncIterable<ParseResult> = parseResponse,
  archive?: () => Promise<readonly DigestSource[]>,
): AsyncGenerator<LoadedDigest> {
  const newestFirst = [...sources].reverse();
  // All downloads start at once; the newest file is read first. The archive is listed meanwhile.
  const responses = newestFirst.map((source) => openSource(source, signal));
  for (const response of responses) response.catch(() => undefined);
  const archived = archive?.().catch(() => []) ?? Promise.resolve([]);
  const assembler = new DigestAssembler();
  let uncounted = 0;
  const failures: Error[] = [];

  let shown = false;
  let lastUpdate = 0;
  let interval = UPDATE_INTERVAL_MS;
  const read = async function* (
    source: DigestSource,
    response: Promise<Response | Blob>,
  ): AsyncGenerator<LoadedDigest> {
    const opened = await response;
    const changedAt = source.changedAt ?? lastModified(opened);
    const parts = skipEmptyShippedFile(source, parse(opened, signal));
    for await (const more of parts) {
      assembler.add(source, more, changedAt);
      uncounted += more.entries.length;
      const now = performance.now();
      const due = assembler.size > 0 && (!shown || now - lastUpdate >= interval);
      // The catalog is extended step by step, not all at once at the next update: a large
      // archive's last thousands of papers took 40 ms to count in one task.
      const extendCatalog = uncounted >= CATALOG_STEP;
      if (!due && !extendCatalog) continue;
      // Not in the task that received the entries from the worker, which copying them in has
      // already made long.
      await nextTask();
      const digest = assembler.version(false);
      uncounted = 0;
      if (!due) continue;
      // User Timing marks let the startup benchmark (and anyone's DevTools) see where time goes.
      if (!shown) performance.mark('digest:first-parsed');
      shown = true;
      lastUpdate = now;
      yield digest;
    }
  };
  /** Reads `source`; with the archive, one that fails is left out rather than failing all. */
  const readOrSkip = async function* (source: DigestSource, response: Promise<Response | Blob>) {
    try {
      yield* read(source, response);
    } catch (error) {
      if (!archive || signal.aborted) throw error;
      failures.push(error instanceof Error ? error : connectionFailure());
      assembler.markUnavailable(source);
    }
  };

  for (const [index, source] of newestFirst.entries()) {
    yield* readOrSkip(source, responses[index] as Promise<Response | Blob>);
  }
  const fromArchive = await archived;
  // Marks the archive's share of the load, for bench:archive and DevTools.
  if (archive) performance.mark('archive:read-start');
  interval = ARCHIVE_UPDATE_INTERVAL_MS;
  for (const source of fromArchive) yield* readOrSkip(source, openSource(source, signal));
  if (archive) performance.mark('archive:read-end');
  const [failure] = failures;
  if (failure && assembler.size === 0) throw failure;
  performance.mark('digest:parsed');
  await nextTask();
  yield assembler.version(true);
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

/**
 * The digest of `sources`; with `archive`, merged with the reader's archive (see `loadDigest`).
 */
export function digestQueryOptions(
  sources: readonly DigestSource[] = DIGEST_SOURCES,
  archive?: ArchiveClientLoader,
) {
  const names = sources.map((source) => source.name);
  return queryOptions({
    queryKey: archive ? digestKeys.archive(names) : digestKeys.files(names),
    queryFn: streamedQuery<LoadedDigest, LoadedDigest | null>({
      streamFn: ({ signal }) =>
        loadDigest(sources, signal, parseResponse, archive && (() => listArchiveSources(archive))),
      reducer: (_, chunk) => chunk,
      initialValue: null,
      // Read again when the archive changes, the papers on screen stay until the new version is
      // whole.
      refetchMode: archive ? 'replace' : 'reset',
    }),
    // Asset URLs are content-hashed, and the archive's changes are put into the cache as they are
    // made (see archive-digest.ts), so a loaded digest never goes stale while the page is open.
    staleTime: Infinity,
    // Each version is new where it differs; comparing it deeply with the last took 20 ms at
    // 16,000 papers and could only find the entries it already shares.
    structuralSharing: false,
  });
}
