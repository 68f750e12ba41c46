import type { LibraryData } from '../library/schema.ts';
import { readArchiveFile, writeArchiveFile } from './archive-file.ts';
import { isQuotaError, type ArchiveBackend, type StoredSource } from './backend.ts';
import { examineDigest, textBlob, type DigestFacts } from './digest-text.ts';
import { sourceId } from './source-record.ts';
import type {
  AddedSource,
  Archive,
  ArchiveFailure,
  ArchiveImportSummary,
  ArchiveListing,
  ArchiveResult,
  ArchiveSource,
  RefreshedSource,
  SubscriptionValidators,
} from './types.ts';

export interface ArchiveOptions {
  /** The clock, for the times a source records. */
  now: () => Date;
  /** How subscriptions are fetched. */
  fetch: typeof fetch;
}

/**
 * The archive's operations over a storage backend: what the worker runs, and what the page runs
 * itself where there is no worker. Changes run one at a time, so that "is this text stored?" and
 * the write that follows see the same archive.
 */
export function createArchive(backend: ArchiveBackend, options: ArchiveOptions): Archive {
  const { now } = options;
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(change: () => Promise<T>): Promise<T> => {
    const result = queue.then(change);
    queue = result.catch(() => undefined);
    return result;
  };

  /** Stores a new text as a file or paste, unless the same text is stored already. */
  const add = (
    bytes: Uint8Array<ArrayBuffer>,
    describe: (facts: DigestFacts) => Pick<ArchiveSource, 'kind' | 'name'>,
  ): Promise<ArchiveResult<AddedSource>> =>
    guard(async () => {
      const examined = await examineDigest(bytes);
      if (!examined.ok) return examined;
      const { facts } = examined;
      return serial(async () => {
        const stored = await backend.findByHash(facts.hash);
        if (stored) return success<AddedSource>({ source: stored, alreadyStored: true });
        const { kind, name } = describe(facts);
        const at = now().toISOString();
        const source: ArchiveSource = {
          id: sourceId(kind, facts.hash, null),
          kind,
          name,
          url: null,
          ...facts,
          addedAt: at,
          changedAt: at,
          refreshedAt: at,
          etag: null,
          lastModified: null,
        };
        await backend.put([{ source, text: textBlob(bytes) }]);
        return success<AddedSource>({ source, alreadyStored: false });
      });
    });

  return {
    list: async (): Promise<ArchiveListing> => {
      const { storage } = backend;
      try {
        const { sources, problems } = await backend.list();
        return { sources: sources.sort(changedLastFirst), storage, problems };
      } catch (error) {
        const problem = `보관함을 읽지 못했습니다 (${describeError(error)}).`;
        return { sources: [], storage, problems: [problem] };
      }
    },

    read: (id) =>
      guard(async () => {
        const text = await backend.readText(id);
        return text ? success(text) : failure({ kind: 'missing' });
      }),

    addFile: async (file, name) => {
      let bytes: Uint8Array<ArrayBuffer>;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch {
        return failure({ kind: 'invalid-file', message: `파일 ${name}을(를) 읽을 수 없습니다.` });
      }
      return add(bytes, () => ({ kind: 'file', name }));
    },

    addPaste: (text) =>
      add(new TextEncoder().encode(normalisePaste(text)), ({ lastDate }) => ({
        kind: 'paste',
        name: lastDate ? `붙여넣기 ${lastDate}` : `붙여넣기 ${localMinute(now())}`,
      })),

    refresh: (url) => guard(() => refresh(backend, options, serial, url)),

    keepSubscription: (url, text, validators) =>
      guard(async () => {
        if (!URL.canParse(url)) return failure({ kind: 'network', status: null });
        const bytes = new Uint8Array(await text.arrayBuffer());
        return storeSubscription(backend, options, serial, url, bytes, validators);
      }),

    remove: (id) =>
      guard(() =>
        serial(async () =>
          (await backend.remove(id)) ? success(null) : failure({ kind: 'missing' }),
        ),
      ),

    exportArchive: async (library: LibraryData) => {
      const { sources } = await backend.list();
      const stored: StoredSource[] = [];
      for (const source of sources.sort(changedLastFirst)) {
        const text = await backend.readText(source.id);
        if (text) stored.push({ source, text });
      }
      return writeArchiveFile(stored, library, now());
    },

    importArchive: (file) =>
      guard(async () => {
        const read = await readArchiveFile(file);
        if (!read.ok) return failure({ kind: 'invalid-file', message: read.message });
        return serial(async () => {
          const added: StoredSource[] = [];
          let skipped = 0;
          for (const entry of read.sources) {
            const known =
              (await backend.findByHash(entry.source.hash)) ??
              (await backend.get(entry.source.id)) ??
              added.find((other) => other.source.hash === entry.source.hash);
            if (known) skipped++;
            else added.push(entry);
          }
          if (added.length > 0) await backend.put(added);
          const summary: ArchiveImportSummary = {
            added: added.map(({ source }) => source),
            skipped,
            library: read.library,
          };
          return success(summary);
        });
      }),
  };
}

async function refresh(
  backend: ArchiveBackend,
  { now, fetch }: ArchiveOptions,
  serial: <T>(change: () => Promise<T>) => Promise<T>,
  url: string,
): Promise<ArchiveResult<RefreshedSource>> {
  if (!URL.canParse(url)) return failure({ kind: 'network', status: null });
  const id = sourceId('subscription', '', url);
  const known = await readableSource(backend, id);
  const headers = new Headers();
  if (known?.etag) headers.set('If-None-Match', known.etag);
  if (known?.lastModified) headers.set('If-Modified-Since', known.lastModified);

  let response: Response;
  let bytes: Uint8Array<ArrayBuffer> | null = null;
  try {
    response = await conditionalFetch(fetch, url, headers);
    if (response.ok) bytes = new Uint8Array(await response.arrayBuffer());
  } catch {
    return failure({ kind: 'network', status: null });
  }
  if (response.status === 304 && known) {
    return serial(async () => {
      // Read again, so that a refresh that stored a new text meanwhile is not undone, and a
      // removal not reverted.
      const stored = await readableSource(backend, id);
      if (!stored) return failure<RefreshedSource>({ kind: 'missing' });
      const source = { ...stored, refreshedAt: now().toISOString() };
      await backend.putSource(source);
      return success({ source, changed: false });
    });
  }
  if (!bytes) return failure({ kind: 'network', status: response.status });

  return storeSubscription(backend, { now, fetch }, serial, url, bytes, {
    etag: response.headers.get('ETag'),
    lastModified: response.headers.get('Last-Modified'),
  });
}

/**
 * Asks for `url` with the stored validators. They are not headers a page may send to another
 * host unasked: a host that refuses them (no CORS preflight) is asked once more without them, and
 * the browser's HTTP cache then revalidates what it holds itself.
 */
async function conditionalFetch(
  fetch: ArchiveOptions['fetch'],
  url: string,
  headers: Headers,
): Promise<Response> {
  try {
    // The archive is the cache: the browser's HTTP cache would only keep a second copy.
    return await fetch(url, { headers, cache: 'no-store' });
  } catch (error) {
    if ([...headers.keys()].length === 0) throw error;
    return fetch(url, { cache: 'no-cache' });
  }
}

/** Stores a text received from subscription `url`; an unchanged text only updates its record. */
async function storeSubscription(
  backend: ArchiveBackend,
  { now }: ArchiveOptions,
  serial: <T>(change: () => Promise<T>) => Promise<T>,
  url: string,
  bytes: Uint8Array<ArrayBuffer>,
  validators: SubscriptionValidators,
): Promise<ArchiveResult<RefreshedSource>> {
  const id = sourceId('subscription', '', url);
  const examined = await examineDigest(bytes);
  if (!examined.ok) return examined;
  const text = textBlob(bytes);
  return serial(async () => {
    const at = now().toISOString();
    // Read again, as above: another refresh of the address may have finished during this one.
    const stored = await readableSource(backend, id);
    if (stored && stored.hash === examined.facts.hash) {
      const source = { ...stored, ...validators, refreshedAt: at };
      await backend.putSource(source);
      return success({ source, changed: false });
    }
    const source: ArchiveSource = {
      id,
      kind: 'subscription',
      name: stored?.name ?? url,
      url,
      ...examined.facts,
      addedAt: stored?.addedAt ?? at,
      changedAt: at,
      refreshedAt: at,
      ...validators,
    };
    await backend.put([{ source, text }]);
    return success({ source, changed: true });
  });
}

/** Source `id` if its text is stored too: validators are only worth sending for a readable copy. */
async function readableSource(backend: ArchiveBackend, id: string): Promise<ArchiveSource | null> {
  return (await backend.readText(id)) ? backend.get(id) : null;
}

/**
 * A pasted text as it is stored: the clipboard's line ends and the blank lines around a selection
 * vary from one copy of the same day to the next, and would make it a new text each time.
 */
function normalisePaste(text: string): string {
  const trimmed = text.replace(/\r\n?/g, '\n').trim();
  return trimmed === '' ? '' : `${trimmed}\n`;
}

/** `YYYY-MM-DD HH:mm` in the reader's time zone: names a paste that has no dated paper. */
function localMinute(date: Date): string {
  const two = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

function changedLastFirst(a: ArchiveSource, b: ArchiveSource): number {
  if (a.changedAt !== b.changedAt) return Date.parse(b.changedAt) - Date.parse(a.changedAt);
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function success<T>(value: T): ArchiveResult<T> {
  return { ok: true, value };
}

function failure<T>(reason: ArchiveFailure): ArchiveResult<T> {
  return { ok: false, failure: reason };
}

/** Runs an operation, turning the storage's errors into failures: the archive never throws. */
async function guard<T>(operation: () => Promise<ArchiveResult<T>>): Promise<ArchiveResult<T>> {
  try {
    return await operation();
  } catch (error) {
    if (isQuotaError(error)) return failure({ kind: 'quota' });
    return failure({ kind: 'storage', error: describeError(error) });
  }
}

function describeError(error: unknown): string {
  if (error instanceof Error || error instanceof DOMException) {
    return error.message ? `${error.name}: ${error.message}` : error.name;
  }
  return String(error);
}
