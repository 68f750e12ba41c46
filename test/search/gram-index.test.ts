import { describe, expect, it } from 'vitest';
import { createSearchIndex, search } from '../../src/search';
import { makeEntry } from '../support/entry-factory';

/** Hangul drawn from `syllables` of them, as dense in distinct pairs as text gets. */
function denseText(seed: number, length: number, syllables: number): string {
  let state = seed;
  const units: number[] = [];
  for (let i = 0; i < length; i++) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    units.push(0xac00 + (state % syllables));
  }
  return String.fromCharCode(...units);
}

describe('the gram index', () => {
  it('finds what a scan finds in text with more chars and pairs than its first tables hold', () => {
    // Some 1,500 chars (beyond the flat pair table) and tens of thousands of pairs, nearly one
    // new pair per unit: every table and the staging of the build must grow.
    const entries = Array.from({ length: 60 }, (_, e) =>
      makeEntry({ title: `Paper ${e}`, commentary: denseText(e + 1, 800, 1500) }),
    );
    const index = createSearchIndex(entries);
    const terms = entries.flatMap((entry, e) =>
      [1, 2, 3, 5].map((length) => entry.commentary.slice(e * 7, e * 7 + length)),
    );
    terms.push(denseText(99, 3, 1500), '\uac00\ud7a3');
    for (const term of terms) {
      const expected = entries.filter((entry) => entry.commentary.includes(term));
      expect(search(index, term).ids).toEqual(expected.map((entry) => entry.id));
    }
  });
});
