import type { ArchiveSource } from '../../../archive/types';
import type { ArchiveClient } from '../../archive/archive-client';
import type { ArchiveClientLoader } from '../../archive/archive-loader';
import type { DigestSource } from './digest-sources';
import { DigestLoadFailure, fetchDigest } from './load-failure';

/** What a source of the archive is called in a digest: a new text is a new source. */
export function archiveSourceName(source: ArchiveSource): string {
  return `archive:${source.id}:${source.hash}`;
}

/**
 * A source of the reader's archive as the digest loader reads it: its stored text. A
 * subscription is refreshed first when the browser is online (network first, then the archive).
 */
export function archiveDigestSource(client: ArchiveClient, source: ArchiveSource): DigestSource {
  return {
    name: archiveSourceName(source),
    url: `archive:${source.id}`,
    label: source.name,
    changedAt: Date.parse(source.changedAt),
    open: async () => {
      if (source.url && isOnline()) await Promise.race([client.refresh(source.url), delay()]);
      const read = await client.read(source.id);
      if (!read.ok) throw new DigestLoadFailure(`보관함에서 ${source.name}을(를) 읽지 못했습니다.`);
      return read.value;
    },
  };
}

/**
 * The longest a subscription's host may take to answer before its stored copy is read: a slow
 * network on a train must not keep the reader from what the archive already holds.
 */
const REFRESH_WAIT_MS = 4000;

function delay(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, REFRESH_WAIT_MS));
}

function isOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine;
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
 * A subscribed address, network first: the page reads the host's answer as it arrives (the first
 * papers show before the end of a large file) while the archive keeps a copy of it. The browser
 * revalidates the copy in its HTTP cache, so an unchanged digest is not downloaded again. Offline,
 * or when the host fails, the archive's copy is read; an address never kept fails as it did.
 */
export function subscriptionSource(url: string, load: ArchiveClientLoader): DigestSource {
  return {
    name: url,
    url,
    open: async (signal) => {
      let response: Response;
      try {
        response = await fetchDigest(url, signal, { cache: 'no-cache' });
      } catch (error) {
        const stored = await readSubscription(url, load).catch(() => null);
        if (stored) return stored;
        throw error;
      }
      return keepWhileReading(response, url, load);
    },
  };
}

/** `response`, whose body also goes whole to the archive as the subscription's new copy. */
function keepWhileReading(response: Response, url: string, load: ArchiveClientLoader): Response {
  if (!response.body) return response;
  const [forReader, forArchive] = response.body.tee();
  const validators = {
    etag: response.headers.get('ETag'),
    lastModified: response.headers.get('Last-Modified'),
  };
  void new Response(forArchive)
    .blob()
    .then(async (text) => (await load()).keepSubscription(url, text, validators))
    .catch(() => undefined);
  return new Response(forReader, { status: response.status, headers: response.headers });
}

async function readSubscription(url: string, load: ArchiveClientLoader): Promise<Blob | null> {
  const client = await load();
  // The archive keys a subscription by its absolute address.
  const read = await client.read(`url:${new URL(url, location.href).href}`);
  return read.ok ? read.value : null;
}
