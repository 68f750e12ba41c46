import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  buildCatalog,
  countTags,
  datesWithPapers,
  groupByDay,
  type Catalog,
} from '../../src/catalog';
import { TagTally } from '../../src/catalog/tags';
import type { DigestEntry } from '../../src/digest';
import { makeEntry } from '../support/entry-factory';

/** What a catalog must hold, computed from its entries alone. */
function expectCatalogOf(catalog: Catalog, entries: readonly DigestEntry[]) {
  expect(catalog.entries).toBe(entries);
  expect(catalog.tags).toEqual(countTags(entries));
  expect(catalog.days).toEqual(groupByDay(entries));
  expect(catalog.dates).toEqual(datesWithPapers(entries));
  for (const entry of entries) expect(catalog.paper(entry.id)).toBe(entry);
}

const entryArbitrary = fc
  .record({
    date: fc.constantFrom('2024-03-06', '2024-03-07', '2024-03-08', null),
    tags: fc.array(fc.constantFrom('llm', 'LLM', 'rl', '한국어', 'moe'), { maxLength: 3 }),
  })
  .map((fields) => makeEntry(fields));

describe('buildCatalog', () => {
  it('gives the views of the entries, however the digest grew', () => {
    fc.assert(
      fc.property(
        fc.array(entryArbitrary, { maxLength: 30 }),
        fc.array(fc.nat(30), { maxLength: 5 }),
        (entries, cuts) => {
          const sizes = [...cuts.map((cut) => Math.min(cut, entries.length)), entries.length].sort(
            (a, b) => a - b,
          );
          const versions: { catalog: Catalog; entries: DigestEntry[] }[] = [];
          let previous: Catalog | null = null;
          for (const size of sizes) {
            const version = entries.slice(0, size);
            previous = buildCatalog(version, previous);
            versions.push({ catalog: previous, entries: version });
          }
          // Earlier versions are still what they were.
          for (const { catalog, entries: version } of versions) expectCatalogOf(catalog, version);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('counts only the new entries of a version that extends the previous one', () => {
    const [a, b, c] = [makeEntry(), makeEntry(), makeEntry()];
    const previous = buildCatalog([a, b]);
    const add = vi.spyOn(TagTally.prototype, 'add');
    buildCatalog([a, b, c], previous);
    expect(add.mock.calls.map(([entries]) => entries)).toEqual([[c]]);
    add.mockRestore();
  });

  it('does not list in an earlier version a paper that only a later one has', () => {
    const first = makeEntry({ date: '2024-03-08' });
    const later = makeEntry({ date: '2024-03-08' });
    const before = buildCatalog([first]);
    buildCatalog([first, later], before);
    expect(before.paper(later.id)).toBeUndefined();
    expect(before.days).toEqual([{ date: '2024-03-08', entries: [first] }]);
  });

  it('starts again when the entries do not extend the previous version', () => {
    const [a, b, c] = [makeEntry({ tags: ['a'] }), makeEntry({ tags: ['b'] }), makeEntry()];
    const previous = buildCatalog([a, b]);
    const reordered = [b, a, c];
    expectCatalogOf(buildCatalog(reordered, previous), reordered);
    const shorter = [a];
    expectCatalogOf(buildCatalog(shorter, previous), shorter);
  });

  it('builds two later versions from one earlier version without mixing them', () => {
    const [a, b, c] = [makeEntry({ tags: ['a'] }), makeEntry({ tags: ['b'] }), makeEntry()];
    const base = buildCatalog([a]);
    const withB = [a, b];
    const withC = [a, c];
    const first = buildCatalog(withB, base);
    const second = buildCatalog(withC, base);
    expectCatalogOf(first, withB);
    expectCatalogOf(second, withC);
  });
});
