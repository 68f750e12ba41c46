import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countTags, entriesWithTag, sortTags, tagKey } from '../../src/catalog';
import { makeEntry } from '../support/entry-factory';

/**
 * countTags as its contract reads, slowly: entries per key, most used spelling (first on a tie),
 * ties in the order of the keys' code units.
 */
function countTagsPlainly(tagLists: string[][]) {
  const keys = [...new Set(tagLists.flat().map(tagKey))];
  return keys
    .map((key) => {
      const spellings = tagLists.flat().filter((tag) => tagKey(tag) === key);
      const uses = (tag: string) => spellings.filter((other) => other === tag).length;
      const label = spellings.reduce((best, tag) => (uses(tag) > uses(best) ? tag : best));
      const count = tagLists.filter((tags) => tags.some((tag) => tagKey(tag) === key)).length;
      return { key, label, count };
    })
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
}

describe('countTags', () => {
  it('agrees with a plain reading of its contract on random tag lists', () => {
    const tag = fc.constantFrom('llm', 'LLM', 'Llm', 'rl', 'RL', 'moe', '한국어', 'vision');
    fc.assert(
      fc.property(fc.array(fc.array(tag, { maxLength: 4 }), { maxLength: 12 }), (tagLists) => {
        const entries = tagLists.map((tags) => makeEntry({ tags }));
        expect(countTags(entries)).toEqual(countTagsPlainly(tagLists));
      }),
      { numRuns: 300 },
    );
  });

  it('merges tags that differ only in case under the most common spelling', () => {
    const entries = [
      makeEntry({ tags: ['LLM'] }),
      makeEntry({ tags: ['llm', 'rl'] }),
      makeEntry({ tags: ['llm'] }),
    ];
    expect(countTags(entries)).toEqual([
      { key: 'llm', label: 'llm', count: 3 },
      { key: 'rl', label: 'rl', count: 1 },
    ]);
  });

  it('counts an entry once even when it repeats a tag', () => {
    expect(countTags([makeEntry({ tags: ['moe', 'MoE'] })])).toEqual([
      { key: 'moe', label: 'moe', count: 1 },
    ]);
  });

  it('orders by count, then by name; sortTags switches to A-Z', () => {
    const tags = countTags([
      makeEntry({ tags: ['b', 'a'] }),
      makeEntry({ tags: ['c'] }),
      makeEntry({ tags: ['c'] }),
    ]);
    expect(tags.map((tag) => tag.key)).toEqual(['c', 'a', 'b']);
    expect(sortTags(tags, 'name').map((tag) => tag.key)).toEqual(['a', 'b', 'c']);
  });

  it('orders ties Latin first, then Hangul in 가나다 order', () => {
    const tags = countTags([makeEntry({ tags: ['한국어', 'RL', '강화학습', 'llm', '3d'] })]);
    expect(tags.map((tag) => tag.key)).toEqual(['3d', 'llm', 'rl', '강화학습', '한국어']);
  });
});

describe('entriesWithTag', () => {
  it('finds entries by tag key in any case and NFC form', () => {
    const korean = makeEntry({ tags: ['한국어'] });
    const upper = makeEntry({ tags: ['LLM'] });
    expect(entriesWithTag([korean, upper], 'llm')).toEqual([upper]);
    expect(entriesWithTag([korean, upper], tagKey('한국어'.normalize('NFD')))).toEqual([korean]);
  });
});
