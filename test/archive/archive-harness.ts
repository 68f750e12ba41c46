// idb checks values against the global IndexedDB classes, which fake-indexeddb/auto provides;
// every test still gets a database of its own from a fresh factory.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createArchive, openArchiveDatabase, type ArchiveBackend } from '../../src/archive';
import type { Archive } from '../../src/archive/types';
import { digest, entryLines } from '../support/digest-factory';

/** A day of the digest: its date line (`YYYY-MM-DD`) and one paper for each title. */
export function digestDay(date: string, ...titles: string[]): string {
  const [year, month, day] = date.split('-').map(Number);
  return digest(`${year}년 ${month}월 ${day}일`, ...titles.map((title) => entryLines({ title })));
}

/** A clock that moves a minute at each reading, so that every change has its own time. */
export function steppingClock(start = '2024-03-08T09:00:00.000Z'): () => Date {
  let next = Date.parse(start);
  return () => {
    const now = new Date(next);
    next += 60_000;
    return now;
  };
}

export interface ArchiveHarness {
  archive: Archive;
  backend: ArchiveBackend;
  factory: IDBFactory;
}

const refuseFetch: typeof fetch = () => Promise.reject(new TypeError('offline'));

/** An archive in a database of its own. */
export async function freshArchive(
  options: { fetch?: typeof fetch; now?: () => Date; factory?: IDBFactory } = {},
): Promise<ArchiveHarness> {
  const factory = options.factory ?? new IDBFactory();
  const backend = await openArchiveDatabase(factory);
  const archive = createArchive(backend, {
    now: options.now ?? steppingClock(),
    fetch: options.fetch ?? refuseFetch,
  });
  return { archive, backend, factory };
}

export function textFile(text: string): Blob {
  return new Blob([text], { type: 'text/plain' });
}

/** The value of a result that a test expects to succeed. */
export function valueOf<T>(result: { ok: true; value: T } | { ok: false; failure: unknown }): T {
  if (!result.ok) throw new Error(`Expected success, got ${JSON.stringify(result.failure)}`);
  return result.value;
}
