import type { OpenArchiveOptions } from '../../archive/open-archive';
import type { Archive } from '../../archive/types';

/** The archive's operations, by name: what the page may ask the worker. */
export type ArchiveMethod = keyof Archive;

/** One call of an operation, numbered so that its reply finds it. Blobs and Files go as they are. */
export type ArchiveRequest = {
  [M in ArchiveMethod]: { id: number; method: M; args: Parameters<Archive[M]> };
}[ArchiveMethod];

/** What the operation resolved with, or why it could not run (a bug, a storage that broke). */
export type ArchiveReply =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

type Operation = (...values: unknown[]) => Promise<unknown>;

/** Every operation, once: the compiler checks that none is missing. */
const METHODS: Record<ArchiveMethod, true> = {
  list: true,
  read: true,
  addFile: true,
  addPaste: true,
  refresh: true,
  keepSubscription: true,
  remove: true,
  exportArchive: true,
  importArchive: true,
};

/**
 * The worker's side of the protocol, with no worker in it, so that tests can run it: answers each
 * request from `archive` once it has opened. It never rejects: whatever goes wrong is a reply.
 */
export function createArchiveResponder(
  archive: Promise<Archive>,
): (request: ArchiveRequest) => Promise<ArchiveReply> {
  return async ({ id, method, args }) => {
    try {
      if (!Object.hasOwn(METHODS, method))
        throw new Error(`No archive operation ${String(method)}`);
      const operations = (await archive) as unknown as Record<ArchiveMethod, Operation>;
      return { id, ok: true, value: await operations[method](...args) };
    } catch (error) {
      return { id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}

/** What the archive uses of the browser, in the worker as on the page. */
export function browserArchiveOptions(): OpenArchiveOptions {
  return {
    indexedDB: browserIndexedDB(),
    now: () => new Date(),
    fetch: (input, init) => fetch(input, init),
  };
}

function browserIndexedDB(): IDBFactory | undefined {
  try {
    return globalThis.indexedDB;
  } catch {
    // Some browsers throw on merely reading `indexedDB` when the reader blocks site data.
    return undefined;
  }
}

/**
 * A subscribed address as the archive needs it: absolute, since a worker would resolve a relative
 * one against its own script. The subscription's id is `url:` and this address.
 */
export function absoluteAddress(url: string): string {
  if (typeof location === 'undefined' || !URL.canParse(url, location.href)) return url;
  return new URL(url, location.href).href;
}
