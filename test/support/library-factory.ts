import fc from 'fast-check';
import type { Bookmark, LibraryData, Note, ReadMark, Scheduler, Store } from '../../src/library';

/** An in-memory Storage that records the keys it was asked to write, in order. */
export interface MemoryStore extends Store, Pick<Storage, 'key' | 'length'> {
  data: Map<string, string>;
  writes: string[];
}

export function memoryStore(initial: Record<string, string> = {}): MemoryStore {
  const data = new Map(Object.entries(initial));
  const writes: string[] = [];
  return {
    data,
    writes,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      writes.push(key);
      data.set(key, value);
    },
    removeItem: (key) => void data.delete(key),
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
  };
}

/** Storage that can be read but refuses every write, as a full localStorage does. */
export function fullStore(initial: Record<string, string> = {}): MemoryStore {
  return {
    ...memoryStore(initial),
    setItem: () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
  };
}

/** Storage that throws on every access, as a blocked localStorage does. */
export const throwingStore: Store = {
  getItem: () => {
    throw new DOMException('Access is denied.', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('Access is denied.', 'SecurityError');
  },
  removeItem: () => {
    throw new DOMException('Access is denied.', 'SecurityError');
  },
};

/** A scheduler that holds tasks until the test runs them. */
export function fakeScheduler(): Scheduler & { pending: () => number; runAll: () => void } {
  let tasks: Array<() => void> = [];
  const schedule: Scheduler = (task) => void tasks.push(task);
  return Object.assign(schedule, {
    pending: () => tasks.length,
    runAll: () => {
      const due = tasks;
      tasks = [];
      for (const task of due) task();
    },
  });
}

/** A clock that stands still until moved, starting at 2024-03-08 09:00 UTC. */
export function fakeClock(start = '2024-03-08T09:00:00.000Z'): (() => Date) & {
  advance: (ms: number) => void;
} {
  let time = Date.parse(start);
  return Object.assign(() => new Date(time), {
    advance: (ms: number) => void (time += ms),
  });
}

export function makeBookmark(overrides: Partial<Bookmark> = {}): Bookmark {
  return {
    id: '2024-03-08-paper',
    title: 'A Paper',
    date: '2024-03-08',
    savedAt: '2024-03-08T10:00:00.000Z',
    ...overrides,
  };
}

export function makeReadMark(overrides: Partial<ReadMark> = {}): ReadMark {
  return { id: '2024-03-08-paper', readAt: '2024-03-08T10:00:00.000Z', ...overrides };
}

export function makeNote(overrides: Partial<Note> = {}): Note {
  return {
    id: '2024-03-08-paper',
    text: '다시 읽어 볼 것',
    updatedAt: '2024-03-08T10:00:00.000Z',
    ...overrides,
  };
}

/** A library holding the given records, each keyed by its id. */
export function makeLibrary(
  records: { bookmarks?: Bookmark[]; read?: ReadMark[]; notes?: Note[] } = {},
): LibraryData {
  const byId = <T extends { id: string }>(list: T[] = []) =>
    Object.fromEntries(list.map((record) => [record.id, record]));
  return {
    version: 1,
    bookmarks: byId(records.bookmarks),
    read: byId(records.read),
    notes: byId(records.notes),
  };
}

const isoTime = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z') })
  .filter((date) => !Number.isNaN(date.getTime()))
  .map((date) => date.toISOString());
const isoDay = isoTime.map((time) => time.slice(0, 10));
/** Ids are usually slugs, but files can carry any key, `__proto__` included. */
const anyId = fc.oneof(
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', '2024-03-08-yi-open-foundation-models'),
);
const noteText = fc.string({ unit: 'grapheme', minLength: 1 }).filter((t) => t.trim() !== '');

/** Random valid libraries. */
export const libraryArbitrary: fc.Arbitrary<LibraryData> = fc
  .record({
    bookmarks: fc.uniqueArray(
      fc.record({
        id: anyId,
        title: fc.string({ unit: 'grapheme' }),
        date: fc.option(isoDay, { nil: null }),
        savedAt: isoTime,
      }),
      { selector: (record) => record.id, maxLength: 8 },
    ),
    read: fc.uniqueArray(fc.record({ id: anyId, readAt: isoTime }), {
      selector: (record) => record.id,
      maxLength: 8,
    }),
    notes: fc.uniqueArray(fc.record({ id: anyId, text: noteText, updatedAt: isoTime }), {
      selector: (record) => record.id,
      maxLength: 8,
    }),
  })
  .map(makeLibrary);
