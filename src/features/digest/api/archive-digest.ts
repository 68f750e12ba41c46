import type { QueryClient } from '@tanstack/react-query';
import type { ArchiveSource } from '../../../archive/types';
import type { PaperConflict, ParseResult } from '../../../digest';
import type { ArchiveClient } from '../../archive/archive-client';
import { archiveDigestSource } from './archive-sources';
import { assemblerOf, digestKeys, type LoadedDigest } from './digest-query';
import { parseResponse } from './parse-response';

export type { PaperConflict } from '../../../digest';

/** How a source the reader added joined the digest on screen. */
export interface MergeReport {
  /** Papers no other source held. */
  added: number;
  /** Papers another source already held (identical or not); null when not known yet. */
  duplicates: number | null;
  /** The repeated papers whose copies differ, and which copy is listed. */
  conflicts: PaperConflict[];
}

const archiveDigests = { queryKey: [...digestKeys.all, 'archive'] };

/**
 * Puts a source just added to the archive on screen: it joins the loaded digest where it stands,
 * in a few milliseconds, instead of the whole archive being read again. A digest still loading
 * reads the archive again from the start, this source included.
 */
export async function showAddedSource(
  queryClient: QueryClient,
  client: ArchiveClient,
  source: ArchiveSource,
): Promise<MergeReport> {
  const digestSource = archiveDigestSource(client, source);
  const signal = new AbortController().signal;
  const parts: ParseResult[] = [];
  const opened = await (digestSource.open as NonNullable<typeof digestSource.open>)(signal);
  for await (const part of parseResponse(opened, signal)) parts.push(part);

  let report: MergeReport = { added: source.paperCount, duplicates: null, conflicts: [] };
  for (const [key, digest] of queryClient.getQueriesData<LoadedDigest | null>(archiveDigests)) {
    const assembler = digest?.complete ? assemblerOf(digest) : undefined;
    if (!digest || !assembler) {
      await queryClient.invalidateQueries({ queryKey: key, exact: true });
      continue;
    }
    if (assembler.tally(digestSource.name)) continue;
    for (const part of parts) assembler.add(digestSource, part, digestSource.changedAt);
    const next = assembler.version(true);
    queryClient.setQueryData(key, next);
    const tally = assembler.tally(digestSource.name);
    report = {
      added: tally?.added ?? 0,
      duplicates: tally?.repeated ?? 0,
      conflicts: (next.conflicts ?? []).slice(digest.conflicts?.length ?? 0),
    };
  }
  return report;
}

/**
 * Reads the merged digest again without a source the reader removed; the papers on screen stay
 * until the new version is whole.
 */
export async function dropRemovedSource(queryClient: QueryClient): Promise<void> {
  await queryClient.invalidateQueries(archiveDigests);
}
