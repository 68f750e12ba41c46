import { describe, expect, it } from 'vitest';
import { createArchive, type ArchiveBackend } from '../../src/archive';
import type { Archive } from '../../src/archive/types';
import { emptyLibrary, type LibraryData } from '../../src/library';
import { digest } from '../support/digest-factory';
import { digestDay, freshArchive, steppingClock, textFile, valueOf } from './archive-harness';

const ADDRESS = 'https://digest.example/daily.txt';

const library: LibraryData = {
  ...emptyLibrary(),
  bookmarks: {
    '2024-03-08-alpha': {
      id: '2024-03-08-alpha',
      title: 'Alpha',
      date: '2024-03-08',
      savedAt: '2024-03-08T10:00:00.000Z',
    },
  },
  notes: {
    '2024-03-08-alpha': {
      id: '2024-03-08-alpha',
      text: '다시 읽기',
      updatedAt: '2024-03-08T10:01:00.000Z',
    },
  },
};

/** An archive with a file, a pasted day and a subscription in it. */
async function filledArchive(): Promise<{ archive: Archive; backend: ArchiveBackend }> {
  const subscribed = digestDay('2024-03-10', 'Delta');
  const fetch: typeof globalThis.fetch = () =>
    Promise.resolve(new Response(subscribed, { headers: { ETag: '"v1"' } }));
  const harness = await freshArchive({ fetch });
  const { archive } = harness;
  valueOf(await archive.addFile(textFile(digestDay('2024-03-08', 'Alpha', 'Beta')), 'a.txt'));
  valueOf(await archive.addPaste(digestDay('2024-03-09', 'Gamma')));
  valueOf(await archive.refresh(ADDRESS));
  return harness;
}

async function exportedJson(archive: Archive): Promise<Record<string, unknown>> {
  return JSON.parse(await (await archive.exportArchive(library)).text()) as Record<string, unknown>;
}

function jsonFile(value: unknown): Blob {
  return new Blob([JSON.stringify(value)], { type: 'application/json' });
}

async function texts(archive: Archive): Promise<string[]> {
  const { sources } = await archive.list();
  return Promise.all(sources.map(async ({ id }) => valueOf(await archive.read(id)).text()));
}

describe('exporting and importing the archive', () => {
  it('moves every source, its text and the library into another archive', async () => {
    const { archive } = await filledArchive();
    const exported = await archive.exportArchive(library);
    const { archive: other } = await freshArchive();

    const summary = valueOf(await other.importArchive(exported));

    const { sources } = await archive.list();
    expect(summary.added).toEqual(sources);
    expect(summary.skipped).toBe(0);
    expect(summary.library).toEqual(library);
    expect((await other.list()).sources).toEqual(sources);
    expect(await texts(other)).toEqual(await texts(archive));
  });

  it('writes the documented format', async () => {
    const { archive } = await filledArchive();
    const json = await exportedJson(archive);
    const { sources } = await archive.list();

    expect(json).toEqual({
      format: 'digest-reader-archive',
      version: 1,
      exportedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      sources: await Promise.all(
        sources.map(async (source) => ({
          ...source,
          text: await valueOf(await archive.read(source.id)).text(),
        })),
      ),
      library,
    });
  });

  it('adds only what is new, and never replaces a stored text', async () => {
    const { archive } = await filledArchive();
    const exported = await archive.exportArchive(library);
    const changed = digestDay('2024-03-11', 'Epsilon');
    const fetch: typeof globalThis.fetch = () => Promise.resolve(new Response(changed));
    const { archive: other } = await freshArchive({ fetch });
    const kept = valueOf(await other.addPaste(digestDay('2024-03-09', 'Gamma')));
    const subscribed = valueOf(await other.refresh(ADDRESS));

    const summary = valueOf(await other.importArchive(exported));

    expect(summary.added.map(({ kind }) => kind)).toEqual(['file']);
    expect(summary.skipped).toBe(2);
    const listed = (await other.list()).sources;
    expect(listed).toContainEqual(kept.source);
    expect(listed).toContainEqual(subscribed.source);
    expect(await valueOf(await other.read(subscribed.source.id)).text()).toBe(changed);

    expect(valueOf(await other.importArchive(exported))).toMatchObject({ added: [], skipped: 3 });
  });

  it('tolerates a byte order mark before the file', async () => {
    const { archive } = await filledArchive();
    const exported = await archive.exportArchive(library);
    const { archive: other } = await freshArchive();

    const summary = valueOf(await other.importArchive(new Blob(['\uFEFF', exported])));

    expect(summary.added).toHaveLength(3);
  });

  it('keeps a text stored with bytes that are not UTF-8 importable', async () => {
    const { archive } = await freshArchive();
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(digestDay('2024-03-08', 'Alpha')),
      ...new TextEncoder().encode('잘린 줄 '),
      0xff,
      0x0a,
    ]);
    valueOf(await archive.addFile(new Blob([bytes]), 'odd.txt'));
    const { archive: other } = await freshArchive();

    const summary = valueOf(await other.importArchive(await archive.exportArchive(library)));

    expect(summary.added).toHaveLength(1);
    expect(await texts(other)).toEqual([new TextDecoder().decode(bytes)]);
  });

  it('refuses the whole file when the disk is full, adding nothing', async () => {
    const { archive } = await filledArchive();
    const exported = await archive.exportArchive(library);
    const { backend } = await freshArchive();
    const full = createArchive(
      {
        ...backend,
        put: () => Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError')),
      },
      { now: steppingClock(), fetch },
    );

    expect(await full.importArchive(exported)).toEqual({ ok: false, failure: { kind: 'quota' } });
    expect((await full.list()).sources).toEqual([]);
  });
});

describe('importing a damaged file', () => {
  type Damage = (json: Record<string, unknown>, sources: Array<Record<string, unknown>>) => unknown;
  const damages: Array<[string, Damage, string]> = [
    [
      'another format',
      (json) => ({ ...json, format: 'digest-reader-library' }),
      '보관함 파일이 아닙니다: format 항목이 "digest-reader-archive"이(가) 아닙니다.',
    ],
    [
      'a newer version',
      (json) => ({ ...json, version: 2 }),
      '지원하지 않는 버전의 파일입니다: 파일은 v2, 이 앱은 v1까지 읽습니다.',
    ],
    [
      'no version',
      (json) => ({ ...json, version: '1' }),
      '보관함 파일이 아닙니다: version 항목이 없거나 올바르지 않습니다.',
    ],
    [
      'no list of sources',
      (json) => ({ ...json, sources: {} }),
      '보관함 파일이 손상되었습니다: sources 항목이 없거나 배열이 아닙니다.',
    ],
    [
      'a source with a bad field',
      (json, [first, ...rest]) => ({
        ...json,
        sources: [first, { ...rest[0], changedAt: 'yesterday' }],
      }),
      '2번째 자료 "paste:',
    ],
    [
      'a text changed by hand',
      (json, [first, ...rest]) => ({
        ...json,
        sources: [...rest, { ...first, text: `${String(first?.text)}\n수정` }],
      }),
      '3번째 자료 "url:https://digest.example/daily.txt"이(가) 올바르지 않습니다: 본문이 hash 값과 맞지 않습니다 (파일이 손상되었거나 고쳐졌습니다).',
    ],
    [
      'a text that is not a digest',
      (json, [first]) => ({ ...json, sources: [{ ...first, text: '<html><body></body></html>' }] }),
      '1번째 자료 "url:https://digest.example/daily.txt"이(가) 올바르지 않습니다: 본문이 다이제스트가 아닙니다.',
    ],
    [
      'a source twice',
      (json, [first]) => ({ ...json, sources: [first, first] }),
      '2번째 자료 "url:https://digest.example/daily.txt"이(가) 파일에 두 번 들어 있습니다.',
    ],
    [
      'a broken bookmark',
      (json) => ({ ...json, library: { ...library, bookmarks: { x: { id: 'y' } } } }),
      '보관함 파일의 서재가 올바르지 않습니다. 책갈피 "x" 항목이 올바르지 않습니다: id 값이 목록의 키와 다릅니다.',
    ],
    [
      'no library',
      ({ library: _library, ...json }) => json,
      '보관함 파일이 손상되었습니다: library 항목이 없습니다.',
    ],
  ];

  it.each(damages)(
    'refuses %s with a Korean message, and stores nothing',
    async (_case, damage, message) => {
      const { archive } = await filledArchive();
      const json = await exportedJson(archive);
      const sources = json.sources as Array<Record<string, unknown>>;
      const { archive: other } = await freshArchive();
      const kept = valueOf(await other.addPaste(digestDay('2024-03-01', 'Zeta')));

      const result = await other.importArchive(jsonFile(damage(json, sources)));

      expect(result).toEqual({
        ok: false,
        failure: { kind: 'invalid-file', message: expect.stringContaining(message) },
      });
      expect((await other.list()).sources).toEqual([kept.source]);
    },
  );

  it('refuses what is not JSON at all', async () => {
    const { archive } = await freshArchive();

    expect(await archive.importArchive(textFile(digest(digestDay('2024-03-08', 'A'))))).toEqual({
      ok: false,
      failure: { kind: 'invalid-file', message: '보관함 파일이 아닙니다: JSON 형식이 아닙니다.' },
    });
  });

  it('reads a file that carries no library', async () => {
    const { archive } = await filledArchive();
    const { archive: other } = await freshArchive();

    const summary = valueOf(
      await other.importArchive(jsonFile({ ...(await exportedJson(archive)), library: null })),
    );

    expect(summary).toMatchObject({ skipped: 0, library: null });
  });
});
