import type { ArchiveSource } from '../../../archive/types';
import type { ArchiveClient } from '../../archive/archive-client';
import type { ArchiveClientLoader } from '../../archive/archive-loader';
import type { DigestSource } from './digest-sources';
import { DigestLoadFailure, fetchDigest } from './load-failure';

/** What a source of the archive is called in a digest: a new text is a new source. */
export function archiveSourceName(source: ArchiveSource): string {
  return `archive:${source.id}:${source.hash}`;
}

/** A source of the reader's archive as the digest loader reads it: its stored text. */
export function archiveDigestSource(client: ArchiveClient, source: ArchiveSource): DigestSource {
  return {
    name: archiveSourceName(source),
    url: `archive:${source.id}`,
    label: source.name,
    changedAt: Date.parse(source.changedAt),
    open: async () => {
      const read = await client.read(source.id);
      if (!read.ok) throw new DigestLoadFailure(`보관함에서 ${source.name}을(를) 읽지 못했습니다.`);
      return new Response(read.value);
    },
  };
}

/** Every source of the reader's archive, changed last first; none when the archive cannot open. */
export async function listArchiveSources(load: ArchiveClientLoader): Promise<DigestSource[]> {
  try {
    const client = await load();
    const listing = await client.list();
    return listing.sources.map((source) => archiveDigestSource(client, source));
  } catch {
    return [];
  }
}

/**
 * A subscribed address, network first: the host is asked for a newer text (conditionally) and the
 * archive keeps it; offline, or when the host fails, the archive's copy is read. An address never
 * stored and not reachable is fetched once more directly, for the reader's error message.
 */
export function subscriptionSource(url: string, load: ArchiveClientLoader): DigestSource {
  return {
    name: url,
    url,
    open: async (signal) => {
      const stored = await readSubscription(url, load).catch(() => null);
      return stored ? new Response(stored) : fetchDigest(url, signal);
    },
  };
}

async function readSubscription(url: string, load: ArchiveClientLoader): Promise<Blob | null> {
  const client = await load();
  const refreshed = await client.refresh(url);
  // The archive keys a subscription by its absolute address.
  const id = refreshed.ok ? refreshed.value.source.id : `url:${new URL(url, location.href).href}`;
  const read = await client.read(id);
  return read.ok ? read.value : null;
}
