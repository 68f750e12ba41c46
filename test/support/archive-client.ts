import { Blob as NodeBlob } from 'node:buffer';
import {
  createArchive,
  createMemoryBackend,
  type ArchiveBackend,
  type ArchiveStorage,
} from '../../src/archive';
import type { ArchiveClient } from '../../src/features/archive/archive-client';
import type { ArchiveClientLoader } from '../../src/features/archive/archive-loader';
import { createLocalArchiveClient } from '../../src/features/archive/local-archive-client';

export interface TestArchive {
  client: ArchiveClient;
  /** For `ArchiveClientProvider`. */
  load: ArchiveClientLoader;
  /** From now on every write fails as a full disk does (`QuotaExceededError`), or no longer. */
  fillDisk(full?: boolean): void;
}

/**
 * The archive run in the page, in memory, for component tests: the operations the worker runs,
 * without the worker or IndexedDB. `storage` is what its listing says (`memory` for a browser
 * without IndexedDB), `problems` what it says it could not read; `fetch` answers subscriptions.
 */
export function testArchive({
  storage = 'indexeddb',
  problems = [],
  now = () => new Date(),
  fetch = () => Promise.reject(new TypeError('offline')),
}: {
  storage?: ArchiveStorage;
  /** Records the listing reports as unreadable. */
  problems?: string[];
  now?: () => Date;
  fetch?: typeof globalThis.fetch;
} = {}): TestArchive {
  let full = false;
  const memory = createMemoryBackend();
  const refuseWhenFull = <A extends unknown[]>(write: (...args: A) => Promise<void>) => {
    return (...args: A) =>
      full
        ? Promise.reject(new DOMException('The disk is full', 'QuotaExceededError'))
        : write(...args);
  };
  const backend: ArchiveBackend = {
    ...memory,
    storage,
    list: async () => {
      const listed = await memory.list();
      return { ...listed, problems: [...listed.problems, ...problems] };
    },
    put: refuseWhenFull((stored) => memory.put(stored)),
    putSource: refuseWhenFull((source) => memory.putSource(source)),
  };
  const archive = createArchive(backend, { now, fetch });
  const local = createLocalArchiveClient(archive);
  const client: ArchiveClient = {
    ...local,
    // jsdom's Blob is not one that Node's Response can read, as the page reads a stored text.
    read: async (id) => {
      const read = await local.read(id);
      if (!read.ok) return read;
      const bytes = await read.value.arrayBuffer();
      return { ok: true, value: new NodeBlob([bytes]) as unknown as Blob };
    },
  };
  return {
    client,
    load: () => Promise.resolve(client),
    fillDisk: (value = true) => {
      full = value;
    },
  };
}
