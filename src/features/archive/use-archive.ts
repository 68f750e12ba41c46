import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type {
  AddedSource,
  ArchiveListing,
  ArchiveResult,
  ArchiveSource,
} from '../../archive/types';
import { dropRemovedSource, showAddedSource, type MergeReport } from '../digest/api/archive-digest';
import { useLibrary } from '../library/use-library';
import type { ArchiveClient } from './archive-client';
import { useArchiveClient } from './archive-context';
import { localDay } from './archive-format';
import type { ArchiveClientLoader } from './archive-loader';
import {
  addedText,
  alreadyStoredText,
  ARCHIVE_UNAVAILABLE_TEXT,
  EXPORT_FAILED_TEXT,
  exportedText,
  failureOutcome,
  importedText,
  removedText,
  unchangedSubscriptionText,
  type AddedBy,
  type ArchiveOutcome,
} from './archive-text';
import { requestPersistence } from './storage-estimate';

/** Hierarchical keys: everything of the archive under ['archive']. */
export const archiveKeys = {
  all: ['archive'] as const,
  listing: ['archive', 'listing'] as const,
  /** The browser's storage estimate, which every change moves. */
  usage: ['archive', 'usage'] as const,
};

function listingQuery(load: ArchiveClientLoader) {
  return queryOptions({
    queryKey: archiveKeys.listing,
    queryFn: async () => (await load()).list(),
  });
}

/** The reader's sources, changed last first, and where the archive lives. */
export function useArchiveListing() {
  return useQuery(listingQuery(useArchiveClient()));
}

/** The `count` sources changed longest ago: what goes first when space runs out. */
export function oldestSources(sources: readonly ArchiveSource[], count: number): ArchiveSource[] {
  return [...sources].sort((a, b) => a.changedAt.localeCompare(b.changedAt)).slice(0, count);
}

const unavailable: ArchiveOutcome = { ok: false, text: ARCHIVE_UNAVAILABLE_TEXT };

async function clientOf(load: ArchiveClientLoader): Promise<ArchiveClient | null> {
  try {
    return await load();
  } catch {
    return null;
  }
}

/** Puts `source` on screen; null when the list could not take it in (it is stored all the same). */
async function show(
  queryClient: QueryClient,
  client: ArchiveClient,
  source: ArchiveSource,
): Promise<MergeReport | null> {
  try {
    return await showAddedSource(queryClient, client, source);
  } catch {
    return null;
  }
}

/** Sums what several sources added to the list, for one message. */
function sumReports(reports: readonly MergeReport[]): MergeReport {
  return {
    added: reports.reduce((sum, report) => sum + report.added, 0),
    duplicates: reports.reduce((sum, report) => sum + (report.duplicates ?? 0), 0),
    conflicts: reports.flatMap((report) => report.conflicts),
  };
}

async function afterAdd(
  queryClient: QueryClient,
  client: ArchiveClient,
  result: ArchiveResult<AddedSource>,
  by: AddedBy,
): Promise<ArchiveOutcome> {
  if (!result.ok) return failureOutcome(result.failure, by);
  const { source, alreadyStored } = result.value;
  if (alreadyStored) return { ok: true, text: alreadyStoredText(source) };
  void requestPersistence();
  const report = await show(queryClient, client, source);
  await queryClient.invalidateQueries({ queryKey: archiveKeys.all });
  return { ok: true, text: addedText(by, source, report) };
}

/**
 * Stores a dropped or picked digest file and puts its papers on screen, as `useArchiveActions`
 * does; a plain function so that opening a file can load it only then. Never throws.
 */
export async function addFileToArchive(
  queryClient: QueryClient,
  load: ArchiveClientLoader,
  file: File,
): Promise<ArchiveOutcome> {
  const client = await clientOf(load);
  if (!client) return unavailable;
  return afterAdd(queryClient, client, await client.addFile(file, file.name), 'file');
}

async function removeSources(
  queryClient: QueryClient,
  client: ArchiveClient,
  sources: readonly ArchiveSource[],
): Promise<ArchiveOutcome> {
  const removed: string[] = [];
  let outcome: ArchiveOutcome | null = null;
  for (const source of sources) {
    const result = await client.remove(source.id);
    if (!result.ok) {
      outcome = failureOutcome(result.failure, 'remove');
      break;
    }
    removed.push(source.name);
  }
  await queryClient.invalidateQueries({ queryKey: archiveKeys.all });
  if (removed.length > 0) await dropRemovedSource(queryClient);
  if (outcome && removed.length === 0) return outcome;
  const text = removedText(removed);
  return outcome ? { ...outcome, text: `${text} ${outcome.text}` } : { ok: true, text };
}

export interface ArchiveActions {
  /** Stores a dropped or picked digest file. */
  addFile: (file: File) => Promise<ArchiveOutcome>;
  /** Stores a pasted day's digest text. */
  addPaste: (text: string) => Promise<ArchiveOutcome>;
  /** Subscribes to `url` (checked by `checkSubscriptionAddress` first), or refreshes it. */
  subscribe: (url: string) => Promise<ArchiveOutcome>;
  remove: (id: string) => Promise<ArchiveOutcome>;
  /** Removes the `count` sources changed longest ago, to make room. */
  removeOldest: (count: number) => Promise<ArchiveOutcome>;
}

/**
 * Changes to the reader's archive. Each shows its result on screen without reloading the digest
 * (`showAddedSource`, `dropRemovedSource`) and resolves to a Korean sentence for the live region;
 * none throws. The first change that stores something asks the browser to keep the storage.
 */
export function useArchiveActions(): ArchiveActions {
  const load = useArchiveClient();
  const queryClient = useQueryClient();
  return useMemo((): ArchiveActions => {
    const withClient =
      <A extends unknown[]>(
        action: (client: ArchiveClient, ...args: A) => Promise<ArchiveOutcome>,
      ): ((...args: A) => Promise<ArchiveOutcome>) =>
      async (...args) => {
        const client = await clientOf(load);
        return client ? action(client, ...args) : unavailable;
      };
    return {
      addFile: (file: File) => addFileToArchive(queryClient, load, file),
      addPaste: withClient(async (client, text: string) =>
        afterAdd(queryClient, client, await client.addPaste(text), 'paste'),
      ),
      subscribe: withClient(async (client, url: string) => {
        const result = await client.refresh(url);
        if (!result.ok) return failureOutcome(result.failure, 'subscription');
        const { source, changed } = result.value;
        await queryClient.invalidateQueries({ queryKey: archiveKeys.all });
        if (!changed) return { ok: true, text: unchangedSubscriptionText(source) };
        void requestPersistence();
        return {
          ok: true,
          text: addedText('subscription', source, await show(queryClient, client, source)),
        };
      }),
      remove: withClient(async (client, id: string) => {
        const listing = await queryClient.ensureQueryData(listingQuery(load));
        const source = listing.sources.find((candidate) => candidate.id === id);
        if (!source) {
          await queryClient.invalidateQueries({ queryKey: archiveKeys.all });
          return failureOutcome({ kind: 'missing' }, 'remove');
        }
        return removeSources(queryClient, client, [source]);
      }),
      removeOldest: withClient(async (client, count: number) => {
        const listing = await client.list();
        return removeSources(queryClient, client, oldestSources(listing.sources, count));
      }),
    };
  }, [load, queryClient]);
}

/** Saves `blob` as a download named `name`. */
function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // After the click has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export interface ArchiveTransfer {
  /** Downloads the whole archive and the library as `digest-archive-YYYY-MM-DD.json`. */
  exportArchive: () => Promise<ArchiveOutcome>;
  /** Adds what is new in an exported archive; merges its library into this one's. */
  importArchive: (file: File) => Promise<ArchiveOutcome>;
}

/** Moving the archive, sources and library together, to another device. */
export function useArchiveTransfer(): ArchiveTransfer {
  const load = useArchiveClient();
  const queryClient = useQueryClient();
  const { store } = useLibrary();
  return useMemo((): ArchiveTransfer => {
    return {
      exportArchive: async () => {
        const client = await clientOf(load);
        if (!client) return unavailable;
        const library = store.getSnapshot();
        let blob: Blob;
        let listing: ArchiveListing;
        try {
          [blob, listing] = await Promise.all([client.exportArchive(library), client.list()]);
        } catch {
          return { ok: false, text: EXPORT_FAILED_TEXT };
        }
        const name = `digest-archive-${localDay(new Date())}.json`;
        download(blob, name);
        return { ok: true, text: exportedText(name, listing.sources.length, library) };
      },
      importArchive: async (file) => {
        const client = await clientOf(load);
        if (!client) return unavailable;
        const result = await client.importArchive(file);
        if (!result.ok) return failureOutcome(result.failure, 'import');
        const { added, skipped, library } = result.value;
        const reports: MergeReport[] = [];
        for (const source of added) {
          const report = await show(queryClient, client, source);
          if (report) reports.push(report);
        }
        if (added.length > 0) void requestPersistence();
        await queryClient.invalidateQueries({ queryKey: archiveKeys.all });
        const merged = library ? store.importData(library) : null;
        const report = reports.length > 0 ? sumReports(reports) : null;
        return { ok: true, text: importedText(added.length, skipped, report, merged) };
      },
    };
  }, [load, queryClient, store]);
}
