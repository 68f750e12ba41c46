import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { countTags, datesWithPapers, groupByDay } from '../../../src/catalog';
import { TagTally } from '../../../src/catalog/tags';
import type { DigestEntry, ParseResult } from '../../../src/digest';
import { loadDigest, type LoadedDigest } from '../../../src/features/digest/api/digest-query';
import { makeEntry } from '../../support/entry-factory';

/** Papers of one file, newest day first, as a digest lists them. */
function papers(count: number, tag: string): DigestEntry[] {
  return Array.from({ length: count }, (_, index) =>
    makeEntry({
      date: `2024-03-${String(28 - Math.floor(index / 100)).padStart(2, '0')}`,
      tags: [tag, index % 3 === 0 ? 'llm' : 'rl'],
    }),
  );
}

/** Parses nothing: hands over the parts a file of `name` is given, as a worker would. */
function partsFor(files: Record<string, ParseResult[]>) {
  return async function* (response: Response | Blob): AsyncGenerator<ParseResult> {
    await Promise.resolve();
    yield* files[await response.text()] ?? [];
  };
}

async function collect(
  names: string[],
  files: Record<string, ParseResult[]>,
): Promise<LoadedDigest[]> {
  const versions: LoadedDigest[] = [];
  const sources = names.map((name) => ({ name, url: name }));
  for await (const version of loadDigest(sources, new AbortController().signal, partsFor(files))) {
    versions.push(version);
  }
  return versions;
}

function expectCatalogOf({ catalog }: LoadedDigest, entries: DigestEntry[]) {
  expect(catalog.entries).toEqual(entries);
  expect(catalog.tags).toEqual(countTags(entries));
  expect(catalog.days).toEqual(groupByDay(entries));
  expect(catalog.dates).toEqual(datesWithPapers(entries));
}

describe('loadDigest', () => {
  beforeEach(() => {
    // The response's text names the file, so that the fake parser knows which parts to give.
    vi.stubGlobal('fetch', (url: string) => Promise.resolve(new Response(url)));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('shows the first part at once, then the whole file, counting it step by step', async () => {
    const all = papers(2500, 'vision');
    const parts = Array.from({ length: 10 }, (_, index) => ({
      entries: all.slice(index * 250, (index + 1) * 250),
      warnings: index === 3 ? [{ line: 7, kind: 'no-tags' as const, message: 'odd line' }] : [],
    }));
    const add = vi.spyOn(TagTally.prototype, 'add');

    const versions = await collect(['digest.txt'], { 'digest.txt': parts });
    const counted = add.mock.calls.map(([entries]) => entries.length);
    add.mockRestore();

    // Each step counts only the papers that came since the last: never the file again.
    expect(counted.reduce((sum, count) => sum + count, 0)).toBe(all.length);
    expect(Math.max(...counted)).toBeLessThanOrEqual(1000);
    // Updates in between come only on a machine slow enough to take 300 ms over this test.
    expect(versions.map((version) => version.complete)).toEqual([
      ...versions.slice(0, -1).map(() => false),
      true,
    ]);
    expectCatalogOf(versions[0] as LoadedDigest, all.slice(0, 250));
    const last = versions.at(-1) as LoadedDigest;
    expectCatalogOf(last, all);
    expect(last.warnings).toEqual([
      { line: 7, kind: 'no-tags', message: 'odd line', file: 'digest.txt' },
    ]);
  });

  it('merges several files newest first, growing the catalog instead of rebuilding it', async () => {
    const march = papers(1500, 'march');
    const april = papers(1200, 'april');
    const shared = { ...(march[0] as DigestEntry), line: 40 };
    const add = vi.spyOn(TagTally.prototype, 'add');

    const versions = await collect(['2024-03.txt', '2024-04.txt'], {
      '2024-03.txt': [
        { entries: march.slice(0, 700), warnings: [] },
        { entries: march.slice(700), warnings: [] },
      ],
      '2024-04.txt': [{ entries: [...april, shared], warnings: [] }],
    });
    const counted = add.mock.calls.map(([entries]) => entries.length);
    add.mockRestore();

    const last = versions.at(-1) as LoadedDigest;
    expect(last.complete).toBe(true);
    // The paper both files hold is April's, read first and perhaps already on screen.
    expectCatalogOf(last, [...april, shared, ...march.slice(1)]);
    expect(last.warnings).toEqual([
      expect.objectContaining({ file: '2024-03.txt', line: march[0]?.line }),
    ]);
    expect(counted.reduce((sum, count) => sum + count, 0)).toBe(last.catalog.entries.length);
  });

  describe("with the reader's archive", () => {
    const shipped = [{ name: 'digest.txt', url: 'digest.txt', shipped: true }];
    const archived = (name: string, changedAt: number) => ({
      name,
      url: `archive:${name}`,
      label: `보관함 ${name}`,
      changedAt,
      open: () => Promise.resolve(new Response(name)),
    });

    async function load(
      sources: Array<{ name: string; url: string; shipped?: boolean }>,
      archive: ReturnType<typeof archived>[],
      files: Record<string, ParseResult[]>,
    ): Promise<LoadedDigest> {
      let last: LoadedDigest | undefined;
      const versions = loadDigest(sources, new AbortController().signal, partsFor(files), () =>
        Promise.resolve(archive),
      );
      for await (const version of versions) last = version;
      return last as LoadedDigest;
    }

    it('lists the archive after the shipped files, each paper once', async () => {
      const [one, two] = [makeEntry({ title: 'Shipped' }), makeEntry({ title: 'Pasted' })];
      const last = await load(shipped, [archived('paste', 2)], {
        'digest.txt': [{ entries: [one], warnings: [] }],
        paste: [{ entries: [two, one], warnings: [] }],
      });
      expect(last.catalog.entries.map((entry) => entry.title)).toEqual(['Shipped', 'Pasted']);
      expect(last.conflicts).toEqual([]);
    });

    it('lists the copy of the source changed last, and names both in the conflict', async () => {
      const shippedCopy = makeEntry({ title: 'Same', commentary: '처음 해설' });
      const newerCopy = { ...shippedCopy, commentary: '고친 해설' };
      vi.stubGlobal('fetch', (url: string) =>
        Promise.resolve(
          new Response(url, { headers: { 'last-modified': 'Fri, 08 Mar 2024 00:00:00 GMT' } }),
        ),
      );
      const last = await load(shipped, [archived('paste', Date.parse('2024-03-09'))], {
        'digest.txt': [{ entries: [shippedCopy], warnings: [] }],
        paste: [{ entries: [newerCopy], warnings: [] }],
      });
      expect(last.catalog.entries).toEqual([newerCopy]);
      expect(last.catalog.paper(shippedCopy.id)?.commentary).toBe('고친 해설');
      expect(last.conflicts).toEqual([
        { id: shippedCopy.id, title: 'Same', kept: '보관함 paste', other: 'digest.txt' },
      ]);
    });

    it("keeps the shipped copy when the archive's is older", async () => {
      const shippedCopy = makeEntry({ title: 'Same', commentary: '새 해설' });
      vi.stubGlobal('fetch', (url: string) =>
        Promise.resolve(
          new Response(url, { headers: { 'last-modified': 'Fri, 08 Mar 2024 00:00:00 GMT' } }),
        ),
      );
      const last = await load(shipped, [archived('old', Date.parse('2024-01-01'))], {
        'digest.txt': [{ entries: [shippedCopy], warnings: [] }],
        old: [{ entries: [{ ...shippedCopy, commentary: '옛 해설' }], warnings: [] }],
      });
      expect(last.catalog.entries).toEqual([shippedCopy]);
      expect(last.conflicts).toMatchObject([{ kept: 'digest.txt', other: '보관함 old' }]);
    });

    it('once papers are on screen, lets the archive join them at most once a second', async () => {
      let clock = 0;
      // Each part of the archive arrives 400 ms after the one before.
      vi.spyOn(performance, 'now').mockImplementation(() => (clock += 400));
      vi.stubGlobal('fetch', (url: string) => Promise.resolve(new Response(url)));
      const parts = Array.from({ length: 10 }, (_, index) => ({
        entries: [makeEntry({ title: `Archived ${index}` })],
        warnings: [],
      }));
      const versions: LoadedDigest[] = [];
      const loading = loadDigest(
        shipped,
        new AbortController().signal,
        partsFor({
          'digest.txt': [{ entries: [makeEntry({ title: 'Shipped' })], warnings: [] }],
          paste: parts,
        }),
        () => Promise.resolve([archived('paste', 1)]),
      );
      for await (const version of loading) versions.push(version);

      const sizes = versions.map((version) => version.catalog.entries.length);
      expect(sizes[0]).toBe(1);
      expect(sizes.at(-1)).toBe(11);
      // 4 s of arrivals: three updates between the first screen and the whole, not ten.
      expect(sizes.slice(1, -1).length).toBeLessThanOrEqual(4);
    });

    it('shows the archive when a shipped file is gone, naming what is missing', async () => {
      vi.stubGlobal('fetch', () => Promise.resolve(new Response('gone', { status: 404 })));
      const kept = makeEntry({ title: 'Kept' });
      const last = await load(shipped, [archived('paste', 1)], {
        paste: [{ entries: [kept], warnings: [] }],
      });
      expect(last.catalog.entries).toEqual([kept]);
      expect(last.unavailable).toEqual(['digest.txt']);
    });

    it('fails as before when nothing at all could be read', async () => {
      vi.stubGlobal('fetch', () => Promise.resolve(new Response('gone', { status: 404 })));
      await expect(load(shipped, [], {})).rejects.toMatchObject({
        message: expect.stringContaining('HTTP 404'),
      });
    });
  });

  describe('when a file does not load', () => {
    async function failure(
      sources: Array<{ name: string; url: string; shipped?: boolean }>,
    ): Promise<unknown> {
      try {
        for await (const version of loadDigest(sources, new AbortController().signal)) {
          void version;
        }
      } catch (error) {
        return error;
      }
      return null;
    }

    it('says an HTTP error in Korean, with its status', async () => {
      vi.stubGlobal('fetch', () => Promise.resolve(new Response('gone', { status: 404 })));
      expect(await failure([{ name: 'x', url: 'https://example.com/x.txt' }])).toMatchObject({
        name: 'DigestLoadFailure',
        message: expect.stringContaining('다이제스트를 찾을 수 없습니다 (HTTP 404)'),
      });
    });

    it('says that an address could not be reached', async () => {
      vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
      expect(await failure([{ name: 'x', url: 'https://example.com/x.txt' }])).toMatchObject({
        message: expect.stringMatching(/^연결할 수 없습니다/),
      });
    });

    it("refuses a reader's empty file, but reads an empty file of the app's own as no papers", async () => {
      vi.stubGlobal('fetch', () => Promise.resolve(new Response('')));
      expect(await failure([{ name: 'mine.txt', url: 'blob:mine' }])).toMatchObject({
        refusal: { kind: 'empty' },
      });
      expect(await failure([{ name: '2024-03.txt', url: '/a.txt', shipped: true }])).toBeNull();
    });
  });
});
