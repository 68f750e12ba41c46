import { describe, expect, it, vi } from 'vitest';
import {
  LibraryStore,
  NOTE_VERSIONS_SEPARATOR,
  libraryStorageKey,
  type LibraryStoreOptions,
} from '../../src/library';
import { makeEntry } from '../support/entry-factory';
import {
  fakeClock,
  fakeScheduler,
  fullStore,
  makeBookmark,
  makeLibrary,
  makeNote,
  makeReadMark,
  memoryStore,
  throwingStore,
  type MemoryStore,
} from '../support/library-factory';

const KEY = libraryStorageKey();
const NOT_SAVED = '이 브라우저에서는 변경 사항이 저장되지 않습니다 (저장소를 쓸 수 없음).';
const RECOVERED = '저장된 서재 데이터 일부가 손상되어 복구했습니다. 원래 값은 백업해 두었습니다.';

function setup(options: Omit<LibraryStoreOptions, 'store'> & { store?: MemoryStore } = {}) {
  const store = options.store ?? memoryStore();
  const schedule = fakeScheduler();
  const now = fakeClock();
  const library = new LibraryStore({ schedule, now, ...options, store });
  return { library, store, schedule, now };
}

function stored(store: Map<string, string>, key = KEY): unknown {
  const value = store.get(key);
  return value === undefined ? undefined : JSON.parse(value);
}

function backups(store: Map<string, string>): Array<[string, string]> {
  return [...store].filter(([key]) => key.startsWith(`${KEY}:backup:`));
}

describe('LibraryStore', () => {
  it('keeps one library per digest under a versioned key', () => {
    expect(libraryStorageKey()).toBe('digest-reader:v1:library:default');
    expect(libraryStorageKey('archive')).toBe('digest-reader:v1:library:archive');
    const store = memoryStore();
    const entry = makeEntry();
    const a = setup({ store, digestKey: 'a' }).library;
    a.toggleBookmark(entry);
    a.flush();
    expect(store.data.has('digest-reader:v1:library:a')).toBe(true);
    expect(setup({ store, digestKey: 'b' }).library.isBookmarked(entry.id)).toBe(false);
    expect(setup({ store, digestKey: 'a' }).library.isBookmarked(entry.id)).toBe(true);
  });

  it('bookmarks, marks read and keeps notes, with times from the clock', () => {
    const { library, now } = setup();
    const entry = makeEntry({ title: 'Yi', date: '2024-03-08' });
    expect(library.toggleBookmark(entry)).toBe(true);
    now.advance(1000);
    library.markRead(entry.id);
    library.setNote(entry.id, '읽어 볼 것');
    expect(library.getSnapshot()).toEqual(
      makeLibrary({
        bookmarks: [
          { id: entry.id, title: 'Yi', date: '2024-03-08', savedAt: '2024-03-08T09:00:00.000Z' },
        ],
        read: [{ id: entry.id, readAt: '2024-03-08T09:00:01.000Z' }],
        notes: [{ id: entry.id, text: '읽어 볼 것', updatedAt: '2024-03-08T09:00:01.000Z' }],
      }),
    );
    expect(library.isBookmarked(entry.id)).toBe(true);
    expect(library.toggleBookmark(entry)).toBe(false);
    library.markUnread(entry.id);
    library.setNote(entry.id, '  \n');
    expect(library.getSnapshot()).toEqual(makeLibrary());
  });

  it('keeps the first read time when a paper is opened again', () => {
    const { library, now } = setup();
    library.markRead('a');
    const snapshot = library.getSnapshot();
    now.advance(60_000);
    library.markRead('a');
    expect(library.getSnapshot()).toBe(snapshot);
  });

  it('keeps the snapshot identity until something changes, and tells subscribers', () => {
    const { library } = setup();
    const calls: number[] = [];
    const unsubscribe = library.subscribe(() => calls.push(1));
    const first = library.getSnapshot();
    expect(library.getSnapshot()).toBe(first);
    library.markUnread('never-read');
    library.setNote('a', '');
    expect(library.getSnapshot()).toBe(first);
    expect(calls).toHaveLength(0);
    library.setNote('a', '메모');
    expect(library.getSnapshot()).not.toBe(first);
    expect(calls).toHaveLength(1);
    unsubscribe();
    library.setNote('a', '메모 2');
    expect(calls).toHaveLength(1);
  });

  it('hands out bound functions, as useSyncExternalStore calls them', () => {
    const { library } = setup();
    const { subscribe, getSnapshot, getStatus, flush } = library;
    const unsubscribe = subscribe(() => undefined);
    expect(getSnapshot()).toBe(library.getSnapshot());
    expect(getStatus()).toEqual({ persistent: true, notices: [] });
    flush();
    unsubscribe();
  });

  it('keeps ids such as __proto__ as ordinary keys', () => {
    const { library } = setup();
    expect(library.isBookmarked('constructor')).toBe(false);
    library.toggleBookmark({ id: '__proto__', title: 'Proto', date: null });
    expect(library.isBookmarked('__proto__')).toBe(true);
    expect(Object.keys(library.getSnapshot().bookmarks)).toEqual(['__proto__']);
  });

  describe('batched writes', () => {
    it('writes ten note edits once, when the scheduled task runs', () => {
      const { library, store, schedule, now } = setup();
      for (let i = 1; i <= 10; i++) {
        library.setNote('a', `메${'x'.repeat(i)}`);
        now.advance(100);
      }
      expect(store.writes).toEqual([]);
      expect(schedule.pending()).toBe(1);
      schedule.runAll();
      expect(store.writes).toEqual([KEY]);
      expect(stored(store.data)).toMatchObject({ notes: { a: { text: `메${'x'.repeat(10)}` } } });
    });

    it('writes at once on flush, and the scheduled task then has nothing to do', () => {
      const { library, store, schedule } = setup();
      for (let i = 1; i <= 10; i++) library.setNote('a', `draft ${i}`);
      library.flush();
      expect(store.writes).toEqual([KEY]);
      schedule.runAll();
      library.flush();
      expect(store.writes).toEqual([KEY]);
      expect(stored(store.data)).toMatchObject({ notes: { a: { text: 'draft 10' } } });
    });

    it('schedules again after a write for the next change', () => {
      const { library, store, schedule } = setup();
      library.markRead('a');
      schedule.runAll();
      library.markRead('b');
      expect(schedule.pending()).toBe(1);
      schedule.runAll();
      expect(store.writes).toEqual([KEY, KEY]);
    });

    it('waits 300 ms by default', () => {
      vi.useFakeTimers();
      try {
        const store = memoryStore();
        const library = new LibraryStore({ store });
        library.markRead('a');
        vi.advanceTimersByTime(299);
        expect(store.writes).toEqual([]);
        vi.advanceTimersByTime(1);
        expect(store.writes).toEqual([KEY]);
      } finally {
        vi.useRealTimers();
      }
    });
  });

  describe('damaged storage', () => {
    it.each([
      ['text that is not JSON', '{"version":1,"bookm'],
      ['null', 'null'],
      ['an array of non-ids', '[1, {"id": 2}]'],
      ['a number', '7'],
    ])('starts empty from %s, backs the raw value up first, and says so', (_, raw) => {
      const store = memoryStore({ [KEY]: raw });
      const { library, schedule } = setup({ store });
      expect(library.getSnapshot()).toEqual(makeLibrary());
      expect(backups(store.data)).toEqual([[`${KEY}:backup:2024-03-08T09:00:00.000Z`, raw]]);
      expect(store.data.get(KEY)).toBe(raw);
      expect(library.getStatus()).toEqual({
        persistent: true,
        notices: [RECOVERED, expect.any(String)],
      });
      schedule.runAll();
      expect(store.writes).toEqual([`${KEY}:backup:2024-03-08T09:00:00.000Z`, KEY]);
      expect(stored(store.data)).toEqual(makeLibrary());
    });

    it('keeps the good records among bad ones', () => {
      const raw = JSON.stringify({
        version: 1,
        bookmarks: { a: makeBookmark({ id: 'a' }), b: { id: 'b' }, c: 'c' },
        read: { a: makeReadMark({ id: 'a' }) },
        notes: { a: makeNote({ id: 'a' }) },
      });
      const store = memoryStore({ [KEY]: raw });
      const { library } = setup({ store });
      expect(library.getSnapshot()).toEqual(
        makeLibrary({
          bookmarks: [makeBookmark({ id: 'a' })],
          read: [makeReadMark({ id: 'a' })],
          notes: [makeNote({ id: 'a' })],
        }),
      );
      expect(library.getStatus().notices).toEqual([
        RECOVERED,
        '책갈피 2개를 읽을 수 없어 건너뛰었습니다.',
      ]);
      expect(backups(store.data).map(([, value]) => value)).toEqual([raw]);
    });

    it('backs up before the first overwrite, even when a change comes first', () => {
      const raw = '{"version":1,"bookm';
      const store = memoryStore({ [KEY]: raw });
      const { library } = setup({ store });
      library.markRead('a');
      library.flush();
      const backupKey = `${KEY}:backup:2024-03-08T09:00:00.000Z`;
      expect(store.writes).toEqual([backupKey, KEY]);
      expect(store.data.get(backupKey)).toBe(raw);
      expect(stored(store.data)).toMatchObject({ read: { a: { id: 'a' } } });
    });

    it('reads a future version as far as it can, with its own notice', () => {
      const raw = JSON.stringify({
        version: 3,
        bookmarks: { a: makeBookmark({ id: 'a' }) },
        read: {},
        notes: {},
      });
      const store = memoryStore({ [KEY]: raw });
      const { library } = setup({ store });
      expect(library.isBookmarked('a')).toBe(true);
      expect(library.getStatus().notices).toEqual([
        '더 새로운 버전의 앱이 저장한 서재 데이터라 읽을 수 있는 부분만 불러왔습니다. 원래 값은 백업해 두었습니다.',
        '더 새로운 버전(v3)의 서재 데이터라 이 버전이 아는 항목만 읽었습니다.',
      ]);
      expect(backups(store.data).map(([, value]) => value)).toEqual([raw]);
    });

    it('migrates legacy v0 silently, keeping a backup of it', () => {
      const raw = JSON.stringify(['2024-03-08-a', '2024-03-09-b']);
      const store = memoryStore({ [KEY]: raw });
      const { library, schedule } = setup({ store });
      expect(library.isBookmarked('2024-03-08-a')).toBe(true);
      expect(library.getStatus()).toEqual({ persistent: true, notices: [] });
      schedule.runAll();
      expect(backups(store.data).map(([, value]) => value)).toEqual([raw]);
      expect(stored(store.data)).toMatchObject({
        version: 1,
        bookmarks: { '2024-03-09-b': { date: '2024-03-09' } },
      });
    });

    it('does not write over a damaged value it could not back up', () => {
      const raw = '{"version":1,"bookm';
      let failBackups = true;
      const store = memoryStore({ [KEY]: raw });
      const setItem = store.setItem;
      store.setItem = (key, value) => {
        if (failBackups && key.includes(':backup:'))
          throw new DOMException('full', 'QuotaExceededError');
        setItem(key, value);
      };
      const { library, schedule } = setup({ store });
      expect(library.getStatus()).toEqual({
        persistent: false,
        notices: [
          '저장된 서재 데이터 일부가 손상되어 복구했습니다. 원래 값을 백업하지 못해 그 값을 덮어쓰지 않습니다.',
          expect.any(String),
          NOT_SAVED,
        ],
      });
      library.markRead('a');
      schedule.runAll();
      library.flush();
      expect(store.data.get(KEY)).toBe(raw);
      expect(store.writes).toEqual([]);

      failBackups = false;
      library.flush();
      expect(backups(store.data).map(([, value]) => value)).toEqual([raw]);
      expect(stored(store.data)).toMatchObject({ read: { a: { id: 'a' } } });
      expect(library.getStatus()).toEqual({
        persistent: true,
        notices: [RECOVERED, expect.any(String)],
      });
    });

    it('never overwrites an earlier backup made at the same moment', () => {
      const store = memoryStore({
        [KEY]: 'broken',
        [`${KEY}:backup:2024-03-08T09:00:00.000Z`]: 'older',
      });
      setup({ store });
      expect(backups(store.data)).toEqual([
        [`${KEY}:backup:2024-03-08T09:00:00.000Z`, 'older'],
        [`${KEY}:backup:2024-03-08T09:00:00.000Z-2`, 'broken'],
      ]);
    });
  });

  describe('storage that cannot be used', () => {
    it.each([
      ['throws', throwingStore],
      ['is missing', null],
    ])('keeps working in memory when storage %s', (_, store) => {
      const schedule = fakeScheduler();
      const library = new LibraryStore({ store, schedule, now: fakeClock() });
      expect(library.getStatus()).toEqual({ persistent: false, notices: [NOT_SAVED] });
      library.toggleBookmark(makeEntry({ id: 'a' }));
      schedule.runAll();
      library.flush();
      expect(library.isBookmarked('a')).toBe(true);
      expect(library.getStatus()).toEqual({ persistent: false, notices: [NOT_SAVED] });
    });

    it('keeps working in memory when storage is full, and recovers when it has room again', () => {
      const raw = JSON.stringify(makeLibrary({ bookmarks: [makeBookmark({ id: 'old' })] }));
      const store = fullStore({ [KEY]: raw });
      const { library } = setup({ store });
      expect(library.getStatus()).toEqual({ persistent: true, notices: [] });
      const statuses: boolean[] = [];
      library.subscribe(() => statuses.push(library.getStatus().persistent));

      library.toggleBookmark(makeEntry({ id: 'new' }));
      library.flush();
      expect(library.isBookmarked('old')).toBe(true);
      expect(library.isBookmarked('new')).toBe(true);
      expect(library.getStatus()).toEqual({ persistent: false, notices: [NOT_SAVED] });
      expect(store.data.get(KEY)).toBe(raw);

      const written = memoryStore();
      store.setItem = written.setItem;
      library.flush();
      expect(library.getStatus()).toEqual({ persistent: true, notices: [] });
      expect(JSON.parse(written.data.get(KEY) ?? '')).toMatchObject({ bookmarks: { new: {} } });
      expect(statuses).toEqual([true, false, true]);
    });
  });

  describe('other tabs', () => {
    it('takes in what another tab stored', () => {
      const { library, store, schedule } = setup();
      const other = makeLibrary({ bookmarks: [makeBookmark({ id: 'b' })] });
      let calls = 0;
      library.subscribe(() => calls++);
      library.replaceFromStorageEvent(JSON.stringify(other));
      expect(library.getSnapshot()).toEqual(other);
      expect(calls).toBe(1);
      schedule.runAll();
      expect(store.writes).toEqual([]);
    });

    it('follows a removal in another tab', () => {
      const raw = JSON.stringify(makeLibrary({ bookmarks: [makeBookmark({ id: 'a' })] }));
      const { library } = setup({ store: memoryStore({ [KEY]: raw }) });
      library.replaceFromStorageEvent(null);
      expect(library.getSnapshot()).toEqual(makeLibrary());
    });

    it('ignores an event for the value it already has', () => {
      const { library } = setup();
      library.markRead('a');
      library.flush();
      const snapshot = library.getSnapshot();
      library.replaceFromStorageEvent(JSON.stringify(snapshot));
      expect(library.getSnapshot()).toBe(snapshot);
    });

    it('keeps this tab’s unsaved changes on top of the other tab’s value', () => {
      const { library, store, schedule, now } = setup();
      library.setNote('a', '쓰는 중');
      const other = makeLibrary({
        bookmarks: [makeBookmark({ id: 'b' })],
        notes: [makeNote({ id: 'a', text: '예전 메모', updatedAt: '2024-03-01T00:00:00.000Z' })],
      });
      now.advance(1000);
      library.replaceFromStorageEvent(JSON.stringify(other));
      expect(library.isBookmarked('b')).toBe(true);
      // Both tabs wrote a note for the same paper: neither is dropped, however old.
      const both = `쓰는 중${NOTE_VERSIONS_SEPARATOR}예전 메모`;
      expect(library.getSnapshot().notes.a?.text).toBe(both);
      schedule.runAll();
      expect(stored(store.data)).toMatchObject({
        bookmarks: { b: {} },
        notes: { a: { text: both } },
      });
    });

    it('backs up a damaged value another tab stored before writing over it', () => {
      const { library, store, schedule } = setup();
      library.replaceFromStorageEvent('{"version":1,"not');
      expect(library.getStatus().notices[0]).toBe(RECOVERED);
      expect(backups(store.data).map(([, value]) => value)).toEqual(['{"version":1,"not']);
      schedule.runAll();
      expect(stored(store.data)).toEqual(makeLibrary());
    });
  });

  describe('importData', () => {
    it('merges: adds what is new, keeps the newer of two records, removes nothing', () => {
      const { library, store, schedule } = setup();
      const older = '2024-03-01T00:00:00.000Z';
      const newer = '2024-03-09T00:00:00.000Z';
      library.importData(
        makeLibrary({
          bookmarks: [
            makeBookmark({ id: 'kept', savedAt: newer }),
            makeBookmark({ id: 'renamed', title: 'Old', savedAt: older }),
          ],
          read: [makeReadMark({ id: 'r', readAt: older })],
          notes: [
            makeNote({ id: 'mine-newer', text: '내 것', updatedAt: newer }),
            makeNote({ id: 'theirs-newer', text: '예전', updatedAt: older }),
          ],
        }),
      );
      schedule.runAll();
      const summary = library.importData(
        makeLibrary({
          bookmarks: [
            makeBookmark({ id: 'kept', title: 'Stale', savedAt: older }),
            makeBookmark({ id: 'renamed', title: 'New', savedAt: newer }),
            makeBookmark({ id: 'added' }),
          ],
          read: [makeReadMark({ id: 'r', readAt: older }), makeReadMark({ id: 'r2' })],
          notes: [
            makeNote({ id: 'mine-newer', text: '가져온 것', updatedAt: older }),
            makeNote({ id: 'theirs-newer', text: '새 것', updatedAt: newer }),
            makeNote({ id: 'fresh', text: '처음' }),
          ],
        }),
      );
      expect(summary).toEqual({
        bookmarks: { added: 1, updated: 1 },
        read: { added: 1, updated: 0 },
        notes: { added: 1, updated: 1 },
      });
      const { bookmarks, read, notes } = library.getSnapshot();
      expect(Object.keys(bookmarks).sort()).toEqual(['added', 'kept', 'renamed']);
      expect(bookmarks.kept?.title).toBe('A Paper');
      expect(bookmarks.renamed?.title).toBe('New');
      expect(Object.keys(read).sort()).toEqual(['r', 'r2']);
      expect(notes['mine-newer']?.text).toBe('내 것');
      expect(notes['theirs-newer']?.text).toBe('새 것');
      expect(notes.fresh?.text).toBe('처음');
      schedule.runAll();
      expect(store.writes).toEqual([KEY, KEY]);
    });

    it('changes nothing when the import holds nothing new', () => {
      const { library, schedule, store } = setup();
      const data = makeLibrary({ bookmarks: [makeBookmark()], notes: [makeNote()] });
      library.importData(data);
      schedule.runAll();
      const snapshot = library.getSnapshot();
      expect(library.importData(data)).toEqual({
        bookmarks: { added: 0, updated: 0 },
        read: { added: 0, updated: 0 },
        notes: { added: 0, updated: 0 },
      });
      expect(library.getSnapshot()).toBe(snapshot);
      expect(schedule.pending()).toBe(0);
      expect(store.writes).toEqual([KEY]);
    });
  });

  describe('notes edited in two tabs', () => {
    const BOTH = (mine: string, theirs: string) => `${mine}${NOTE_VERSIONS_SEPARATOR}${theirs}`;

    /** Two tabs on one storage, as two pages of one browser; `deliver` is the storage event. */
    function twoTabs() {
      const store = memoryStore();
      const a = setup({ store });
      const b = setup({ store });
      const deliver = (to: LibraryStore) => to.replaceFromStorageEvent(store.data.get(KEY) ?? null);
      return { store, a, b, deliver };
    }

    it('follows a note the other tab saved while this tab left it alone', () => {
      const { a, b, deliver } = twoTabs();
      a.library.setNote('p', '처음');
      a.schedule.runAll();
      deliver(b.library);
      expect(b.library.getSnapshot().notes.p?.text).toBe('처음');
      expect(b.library.getNoteConflicts()).toEqual({});
    });

    it('keeps both texts when the other tab saved a change this tab has not written yet', () => {
      const { a, b, store, deliver } = twoTabs();
      a.library.setNote('p', '처음');
      a.schedule.runAll();
      deliver(b.library);
      b.library.setNote('p', '처음, 여기서');
      a.library.setNote('p', '처음, 저기서');
      a.schedule.runAll();
      deliver(b.library);
      expect(b.library.getSnapshot().notes.p?.text).toBe(BOTH('처음, 여기서', '처음, 저기서'));
      expect(b.library.getNoteConflicts()).toEqual({
        p: { theirs: '처음, 저기서', merged: BOTH('처음, 여기서', '처음, 저기서') },
      });
      b.schedule.runAll();
      expect(stored(store.data)).toMatchObject({
        notes: { p: { text: BOTH('처음, 여기서', '처음, 저기서') } },
      });
      deliver(a.library);
      expect(a.library.getSnapshot().notes.p?.text).toBe(BOTH('처음, 여기서', '처음, 저기서'));
    });

    it('takes in what another tab wrote before writing, even before its storage event', () => {
      const { a, b, store } = twoTabs();
      a.library.setNote('p', '저기서');
      a.schedule.runAll();
      b.library.setNote('p', '여기서');
      b.schedule.runAll();
      expect(stored(store.data)).toMatchObject({
        notes: { p: { text: BOTH('여기서', '저기서') } },
      });
    });

    it('merges an edit made from a stale base instead of writing over the stored note', () => {
      const { library } = setup();
      library.setNote('p', '다른 탭이 바꾼 것');
      expect(library.editNote('p', '', '여기서 쓴 것')).toBe(
        BOTH('여기서 쓴 것', '다른 탭이 바꾼 것'),
      );
      expect(library.getNoteConflicts().p?.theirs).toBe('다른 탭이 바꾼 것');
    });

    it('is a plain edit when the stored note is what the editor last showed', () => {
      const { library } = setup();
      library.setNote('p', '처음');
      expect(library.editNote('p', '처음', '처음입니다')).toBe('처음입니다');
      expect(library.getNoteConflicts()).toEqual({});
    });

    it('keeps the other tab’s text after every further keystroke of an editor still on its own side', () => {
      const { library } = setup();
      library.setNote('p', '저기서');
      const calls: number[] = [];
      library.subscribe(() => calls.push(1));
      library.editNote('p', '', '여');
      library.editNote('p', '', '여기');
      expect(library.getSnapshot().notes.p?.text).toBe(BOTH('여기', '저기서'));
      expect(calls.length).toBeGreaterThan(0);
      // Once the editor shows the stored text, edits to it are plain again.
      const merged = BOTH('여기', '저기서');
      expect(library.editNote('p', merged, `${merged}!`)).toBe(`${merged}!`);
    });

    it('forgets a conflict the reader has seen', () => {
      const { library } = setup();
      library.setNote('p', '저기서');
      library.editNote('p', '', '여기서');
      const calls: number[] = [];
      library.subscribe(() => calls.push(1));
      library.dismissNoteConflict('p');
      expect(library.getNoteConflicts()).toEqual({});
      expect(calls).toHaveLength(1);
      library.dismissNoteConflict('p');
      expect(calls).toHaveLength(1);
    });
  });

  describe('read marks the reader chose', () => {
    it('reading time does not mark read a paper the reader marked unread', () => {
      const { library } = setup();
      library.markRead('p');
      library.markUnread('p');
      library.markReadAfterReading('p');
      expect(library.getSnapshot().read).toEqual({});
    });

    it('holds the choice even when the paper was not read yet', () => {
      const { library } = setup();
      library.markUnread('p');
      library.markReadAfterReading('p');
      expect(library.getSnapshot().read).toEqual({});
    });

    it('lets reading time mark it read again once the paper is opened afresh', () => {
      const { library } = setup();
      library.markUnread('p');
      library.openedPaper('p');
      library.markReadAfterReading('p');
      expect(Object.keys(library.getSnapshot().read)).toEqual(['p']);
    });

    it('marks read after reading time otherwise, and an explicit read ends the choice', () => {
      const { library } = setup();
      library.markReadAfterReading('a');
      library.markUnread('b');
      library.markRead('b');
      library.markUnread('b');
      expect(Object.keys(library.getSnapshot().read)).toEqual(['a']);
      library.markRead('b');
      library.markReadAfterReading('b');
      expect(Object.keys(library.getSnapshot().read)).toEqual(['a', 'b']);
    });
  });
});
