import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDigest } from '../../src/digest';
import { createSearchIndex, parseQuery, search, searchIncremental } from '../../src/search';
import { scanHaystack } from '../support/scan-haystack';
import { syntheticDigest } from '../support/synthetic-digest';

const { entries } = parseDigest(syntheticDigest({ entries: 300, seed: 11 }));
const index = createSearchIndex(entries);

/** What the search must equal: includes() over one normalised string per entry. */
function scan(query: string): string[] {
  const { terms } = parseQuery(query);
  const haystacks = entries.map(scanHaystack);
  return entries
    .filter((_, i) =>
      terms.every((term) => (haystacks[i] ?? '').includes(term.text) !== term.exclude),
    )
    .map((entry) => entry.id);
}

/** Query terms cut from the entries' own text, so that most queries match something. */
const piece = fc
  .tuple(fc.nat(entries.length - 1), fc.nat(200), fc.integer({ min: 1, max: 6 }))
  .map(([e, start, length]) => {
    const entry = entries[e];
    const text = `${entry?.title ?? ''} ${entry?.commentary ?? ''}`;
    return text.slice(
      start % Math.max(1, text.length),
      (start % Math.max(1, text.length)) + length,
    );
  })
  .filter((text) => /\S/.test(text) && !/["\s:-]/.test(text));

const query = fc
  .array(fc.tuple(piece, fc.boolean()), { minLength: 1, maxLength: 3 })
  .map((terms) => terms.map(([text, exclude]) => (exclude ? `-${text}` : text)).join(' '));

describe('search on random queries', () => {
  it('returns exactly the entries a plain substring scan returns', () => {
    fc.assert(
      fc.property(query, (q) => {
        expect(search(index, q).ids).toEqual(scan(q));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same result when the query is typed letter by letter', () => {
    fc.assert(
      fc.property(piece, (word) => {
        let previous = null;
        for (let end = 1; end <= word.length; end++) {
          previous = searchIncremental(index, word.slice(0, end), previous);
          expect(previous.ids).toEqual(scan(word.slice(0, end)));
        }
      }),
      { numRuns: 150 },
    );
  });
});
