import { describe, expect, it } from 'vitest';
import { countTags, entriesWithTag, sortTags, tagKey } from '../../src/catalog';
import { makeEntry } from '../support/entry-factory';

describe('countTags', () => {
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
});

describe('entriesWithTag', () => {
  it('finds entries by tag key in any case and NFC form', () => {
    const korean = makeEntry({ tags: ['한국어'] });
    const upper = makeEntry({ tags: ['LLM'] });
    expect(entriesWithTag([korean, upper], 'llm')).toEqual([upper]);
    expect(entriesWithTag([korean, upper], tagKey('한국어'.normalize('NFD')))).toEqual([korean]);
  });
});
