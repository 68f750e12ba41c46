import { IDBFactory } from 'fake-indexeddb';
import { wrap } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ARCHIVE_DB_NAME,
  createArchive,
  createMemoryBackend,
  openArchive,
  openArchiveDatabase,
  type ArchiveBackend,
} from '../../src/archive';
import type { Archive } from '../../src/archive/types';
import { digest, entryLines } from '../support/digest-factory';
import { digestDay, freshArchive, steppingClock, textFile, valueOf } from './archive-harness';

const offline: typeof fetch = () => Promise.reject(new TypeError('offline'));

const backends: Array<[string, () => Promise<ArchiveBackend>]> = [
  ['IndexedDB', () => openArchiveDatabase(new IDBFactory())],
  ['memory', () => Promise.resolve(createMemoryBackend())],
];

describe.each(backends)('the archive in %s', (_name, openBackend) => {
  async function archive(): Promise<Archive> {
    return createArchive(await openBackend(), { now: steppingClock(), fetch: offline });
  }

  it('stores a file and lists it with its name, size, papers and dates', async () => {
    const store = await archive();
    const text = digest(digestDay('2024-03-08', 'Alpha', 'Beta'), digestDay('2024-03-09', 'Gamma'));
    const added = valueOf(await store.addFile(textFile(text), 'march.txt'));

    expect(added.alreadyStored).toBe(false);
    expect(added.source).toMatchObject({
      id: expect.stringMatching(/^file:[0-9a-f]{16}$/),
      kind: 'file',
      name: 'march.txt',
      url: null,
      size: new TextEncoder().encode(text).length,
      paperCount: 3,
      firstDate: '2024-03-08',
      lastDate: '2024-03-09',
      addedAt: '2024-03-08T09:00:00.000Z',
      changedAt: '2024-03-08T09:00:00.000Z',
      etag: null,
    });
    expect(added.source.id.slice(5)).toBe(added.source.hash.slice(0, 16));
    const listing = await store.list();
    expect(listing.sources).toEqual([added.source]);
    // In IndexedDB's key order: numbers before strings.
    expect(listing.problems).toEqual([]);
    expect(await valueOf(await store.read(added.source.id)).text()).toBe(text);
  });

  it('keeps one copy of a text added twice, as a file or pasted', async () => {
    const store = await archive();
    const text = digestDay('2024-03-08', 'Alpha');
    const first = valueOf(await store.addFile(textFile(text), 'a.txt'));
    const again = valueOf(await store.addFile(textFile(text), 'copy of a.txt'));
    const pasted = valueOf(await store.addPaste(`\r\n${text.replace(/\n/g, '\r\n')}\r\n\r\n`));

    expect(again).toEqual({ source: first.source, alreadyStored: true });
    expect(pasted).toEqual({ source: first.source, alreadyStored: true });
    expect((await store.list()).sources).toHaveLength(1);
  });

  it('names a pasted day by its newest date, or by the time when it has none', async () => {
    const store = await archive();
    const dated = valueOf(
      await store.addPaste(digest(digestDay('2024-03-09', 'B'), digestDay('2024-03-07', 'A'))),
    );
    const undated = valueOf(await store.addPaste(digest(entryLines({ title: 'Undated' }))));

    expect(dated.source).toMatchObject({
      id: expect.stringMatching(/^paste:[0-9a-f]{16}$/),
      kind: 'paste',
      name: '붙여넣기 2024-03-09',
      firstDate: '2024-03-07',
      lastDate: '2024-03-09',
    });
    expect(undated.source.name).toMatch(/^붙여넣기 \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(undated.source).toMatchObject({ paperCount: 1, firstDate: null, lastDate: null });
  });

  it('refuses what is not a digest, and a digest with no paper, storing nothing', async () => {
    const store = await archive();
    const png = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])]);

    expect(await store.addFile(png, 'photo.png')).toEqual({
      ok: false,
      failure: { kind: 'not-a-digest', refusal: { kind: 'binary', format: 'PNG' } },
    });
    expect(await store.addPaste('<!doctype html><p>hi</p>')).toEqual({
      ok: false,
      failure: { kind: 'not-a-digest', refusal: { kind: 'html' } },
    });
    expect(await store.addPaste('  \n')).toEqual({
      ok: false,
      failure: { kind: 'not-a-digest', refusal: { kind: 'empty' } },
    });
    expect(await store.addPaste('2024년 3월 8일\n')).toEqual({
      ok: false,
      failure: { kind: 'no-papers' },
    });
    expect((await store.list()).sources).toEqual([]);
  });

  it('lists the source changed last first', async () => {
    const store = await archive();
    const older = valueOf(await store.addPaste(digestDay('2024-03-08', 'A')));
    const newer = valueOf(await store.addPaste(digestDay('2024-03-09', 'B')));

    expect((await store.list()).sources.map(({ id }) => id)).toEqual([
      newer.source.id,
      older.source.id,
    ]);
  });

  it('removes a source with its text, and says when there is none to remove', async () => {
    const store = await archive();
    const kept = valueOf(await store.addPaste(digestDay('2024-03-08', 'A')));
    const removed = valueOf(await store.addPaste(digestDay('2024-03-09', 'B')));

    expect(await store.remove(removed.source.id)).toEqual({ ok: true, value: null });
    expect((await store.list()).sources).toEqual([kept.source]);
    expect(await store.read(removed.source.id)).toEqual({
      ok: false,
      failure: { kind: 'missing' },
    });
    expect(await store.remove(removed.source.id)).toEqual({
      ok: false,
      failure: { kind: 'missing' },
    });
  });
});

describe('the archive in IndexedDB', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('is still there when the database is opened again', async () => {
    const { archive, factory } = await freshArchive();
    const added = valueOf(await archive.addPaste(digestDay('2024-03-08', 'A')));

    const reopened = createArchive(await openArchiveDatabase(factory), {
      now: steppingClock(),
      fetch: offline,
    });
    expect(await reopened.list()).toEqual({
      sources: [added.source],
      storage: 'indexeddb',
      problems: [],
    });
  });

  it('reports a full disk, and keeps everything stored before it and nothing of the new text', async () => {
    const { archive } = await freshArchive();
    const kept = valueOf(await archive.addPaste(digestDay('2024-03-08', 'A')));
    failTextWritesWith(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

    expect(await archive.addPaste(digestDay('2024-03-09', 'B'))).toEqual({
      ok: false,
      failure: { kind: 'quota' },
    });
    vi.restoreAllMocks();
    expect(await archive.list()).toMatchObject({ sources: [kept.source], problems: [] });
    expect(await valueOf(await archive.read(kept.source.id)).text()).toBe(
      digestDay('2024-03-08', 'A'),
    );
  });

  it('reports another storage error as one, without throwing', async () => {
    const { archive } = await freshArchive();
    failTextWritesWith(new DOMException('Disk broke.', 'UnknownError'));

    expect(await archive.addPaste(digestDay('2024-03-09', 'B'))).toEqual({
      ok: false,
      failure: { kind: 'storage', error: 'UnknownError: Disk broke.' },
    });
  });

  it('reports corrupted records without throwing, leaves them, and lists the others', async () => {
    const { archive, factory } = await freshArchive();
    const intact = valueOf(await archive.addPaste(digestDay('2024-03-08', 'A')));
    const orphan = valueOf(await archive.addPaste(digestDay('2024-03-09', 'B')));
    const db = await wrap(factory.open(ARCHIVE_DB_NAME));
    if (!db) throw new Error('The archive database did not open');
    await db.put('sources', { id: 'file:0123456789abcdef', kind: 'floppy' });
    await db.put('sources', { ...intact.source, id: 7, hash: 'ab' });
    await db.delete('texts', orphan.source.id);
    await db.put('texts', { id: 'file:lonely', text: new Blob(['x']) });

    const listing = await archive.list();

    expect(listing.sources).toEqual([intact.source]);
    // In IndexedDB's key order: numbers before strings.
    expect(listing.problems).toEqual([
      '보관함의 자료 (id 없음)을(를) 읽을 수 없어 목록에서 뺐습니다: hash 값이 SHA-256 해시(16진수 64자)가 아닙니다.',
      '보관함의 자료 "file:0123456789abcdef"을(를) 읽을 수 없어 목록에서 뺐습니다: kind 값이 file, paste, subscription 중 하나가 아닙니다.',
      '보관함의 자료 "붙여넣기 2024-03-09"의 본문이 없어 목록에서 뺐습니다.',
      '보관함에 자료 정보가 없는 본문 "file:lonely"이(가) 있어 목록에서 뺐습니다.',
    ]);
    expect(await db.count('sources')).toBe(4);
    expect(await db.count('texts')).toBe(2);
    db.close();
  });

  it('stores a text again whose record had lost it', async () => {
    const { archive, factory } = await freshArchive();
    const text = digestDay('2024-03-08', 'A');
    const added = valueOf(await archive.addPaste(text));
    const db = await wrap(factory.open(ARCHIVE_DB_NAME));
    await db?.delete('texts', added.source.id);
    db?.close();

    expect(valueOf(await archive.addPaste(text)).alreadyStored).toBe(false);
    expect(await valueOf(await archive.read(added.source.id)).text()).toBe(text);
  });
});

describe('an archive the browser will not keep', () => {
  const refusing = {
    open: () => {
      throw new DOMException('IndexedDB is disabled.', 'InvalidStateError');
    },
  } as unknown as IDBFactory;

  it.each([
    ['refuses to open it', refusing],
    ['has no IndexedDB', undefined],
  ])('works in memory for the session when the browser %s', async (_case, indexedDB) => {
    const archive = await openArchive({ indexedDB, now: steppingClock(), fetch: offline });
    const added = valueOf(await archive.addPaste(digestDay('2024-03-08', 'A')));

    expect(await archive.list()).toEqual({
      sources: [added.source],
      storage: 'memory',
      problems: [],
    });
  });

  it('works in memory when opening IndexedDB is never answered', async () => {
    const hanging = {
      // A request whose events reach no one, as the open that Safari leaves unanswered.
      open: () =>
        new Proxy(new IDBFactory().open('never answered'), {
          get: (request, key) =>
            key === 'addEventListener'
              ? () => undefined
              : (Reflect.get(request, key, request) as unknown),
        }),
    } as unknown as IDBFactory;
    const archive = await openArchive({
      indexedDB: hanging,
      openTimeoutMs: 20,
      now: steppingClock(),
      fetch: offline,
    });
    expect((await archive.list()).storage).toBe('memory');
  });

  it('opens IndexedDB when the browser allows it', async () => {
    const archive = await openArchive({
      indexedDB: new IDBFactory(),
      now: steppingClock(),
      fetch: offline,
    });
    expect((await archive.list()).storage).toBe('indexeddb');
  });
});

/**
 * Makes every write to the `texts` store fail as a browser's does: the request errs and the
 * transaction aborts with the same error. fake-indexeddb runs a request's operation inside the
 * transaction, so an operation that throws is exactly that.
 */
function failTextWritesWith(error: DOMException): void {
  const { put } = Object.getOwnPropertyDescriptors(IDBObjectStore.prototype);
  const original = put?.value as IDBObjectStore['put'];
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    if (this.name !== 'texts') return original.apply(this, args);
    const transaction = this.transaction as unknown as {
      _execRequestAsync(request: {
        operation: () => never;
        source: IDBObjectStore;
      }): IDBRequest<IDBValidKey>;
    };
    return transaction._execRequestAsync({
      operation: () => {
        throw error;
      },
      source: this,
    });
  });
}
