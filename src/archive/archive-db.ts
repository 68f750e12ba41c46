/**
 * The one module that touches IndexedDB, through `idb`. Stored values are read as `unknown` and
 * checked: a record another version wrote, or a half-written one, is reported and left as it is.
 */
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { ArchiveBackend, StoredSource } from './backend.ts';
import { readArchiveSource, recordLabel, isRecord } from './source-record.ts';
import type { ArchiveSource } from './types.ts';

export const ARCHIVE_DB_NAME = 'digest-reader-archive';
const ARCHIVE_DB_VERSION = 1;

interface ArchiveSchema extends DBSchema {
  /** ArchiveSource records, by id, with an index on their text's hash. */
  sources: { key: string; value: unknown; indexes: { hash: string } };
  /** `{ id, text: Blob }`, by the id of the source it belongs to. */
  texts: { key: string; value: unknown };
}

type ArchiveDatabase = IDBPDatabase<ArchiveSchema>;

/**
 * Opens (creating on first use) the archive's database in `factory`; rejects when the browser
 * refuses IndexedDB, for the caller to keep the archive in memory instead.
 */
export async function openArchiveDatabase(factory: IDBFactory): Promise<ArchiveBackend> {
  // idb's openDB always uses the global indexedDB; wrapping the request lets tests give their own.
  const request = factory.open(ARCHIVE_DB_NAME, ARCHIVE_DB_VERSION);
  request.addEventListener('upgradeneeded', () => {
    const sources = request.result.createObjectStore('sources', { keyPath: 'id' });
    sources.createIndex('hash', 'hash');
    request.result.createObjectStore('texts', { keyPath: 'id' });
  });
  const db = (await wrap(request)) as unknown as ArchiveDatabase;
  // A newer version of the app in another tab needs this connection gone to upgrade.
  db.addEventListener('versionchange', () => db.close());
  return databaseBackend(db);
}

function databaseBackend(db: ArchiveDatabase): ArchiveBackend {
  return {
    storage: 'indexeddb',
    list: () => listSources(db),
    async get(id) {
      const source = readArchiveSource(await db.get('sources', id));
      return typeof source === 'string' ? null : source;
    },
    async findByHash(hash) {
      const tx = db.transaction(['sources', 'texts']);
      const candidates = await tx.objectStore('sources').index('hash').getAll(hash);
      for (const candidate of candidates) {
        const source = readArchiveSource(candidate);
        if (typeof source === 'string') continue;
        if ((await tx.objectStore('texts').count(source.id)) > 0) return source;
      }
      return null;
    },
    async readText(id) {
      const record = await db.get('texts', id);
      return isRecord(record) && record.text instanceof Blob ? record.text : null;
    },
    async put(stored) {
      await write(db, (tx) =>
        stored.flatMap(({ source, text }: StoredSource) => [
          tx.objectStore('texts').put({ id: source.id, text }),
          tx.objectStore('sources').put(source),
        ]),
      );
    },
    async putSource(source) {
      await write(db, (tx) => [tx.objectStore('sources').put(source)]);
    },
    async remove(id) {
      let found = false;
      await write(db, (tx) => [
        Promise.all([tx.objectStore('sources').count(id), tx.objectStore('texts').count(id)]).then(
          ([sources, texts]) => {
            found = sources + texts > 0;
          },
        ),
        tx.objectStore('sources').delete(id),
        tx.objectStore('texts').delete(id),
      ]);
      return found;
    },
  };
}

type WriteTransaction = IDBPTransaction<ArchiveSchema, ['sources', 'texts'], 'readwrite'>;

/**
 * Runs the requests `start` makes in one read-write transaction over both stores, and settles
 * when it has committed. A failed request aborts the whole transaction, so a quota error or a
 * crash leaves nothing half-written; the rejection is the first error, `QuotaExceededError`
 * included, whether it came from a request or from the transaction's abort.
 */
async function write(
  db: ArchiveDatabase,
  start: (tx: WriteTransaction) => Array<Promise<unknown>>,
): Promise<void> {
  const tx = db.transaction(['sources', 'texts'], 'readwrite');
  let requests: Array<Promise<unknown>>;
  try {
    requests = start(tx);
  } catch (error) {
    // A request refused outright (a value that cannot be cloned) must not let the others commit.
    tx.abort();
    await tx.done.catch(() => undefined);
    throw error;
  }
  await Promise.all([...requests, tx.done]);
}

async function listSources(db: ArchiveDatabase): Promise<{
  sources: ArchiveSource[];
  problems: string[];
}> {
  const tx = db.transaction(['sources', 'texts']);
  const [records, textIds] = await Promise.all([
    tx.objectStore('sources').getAll(),
    tx.objectStore('texts').getAllKeys(),
  ]);
  const withText = new Set(textIds);
  const sources: ArchiveSource[] = [];
  const problems: string[] = [];
  const described = new Set<string>();
  for (const record of records) {
    const source = readArchiveSource(record);
    const label = recordLabel(record);
    if (isRecord(record) && typeof record.id === 'string') described.add(record.id);
    if (typeof source === 'string') {
      problems.push(`보관함의 자료 ${label}을(를) 읽을 수 없어 목록에서 뺐습니다: ${source}.`);
    } else if (!withText.has(source.id)) {
      problems.push(
        `보관함의 자료 ${JSON.stringify(source.name)}의 본문이 없어 목록에서 뺐습니다.`,
      );
    } else {
      sources.push(source);
    }
  }
  for (const id of textIds) {
    if (!described.has(id)) {
      problems.push(
        `보관함에 자료 정보가 없는 본문 ${recordLabel({ id })}이(가) 있어 목록에서 뺐습니다.`,
      );
    }
  }
  return { sources, problems };
}
