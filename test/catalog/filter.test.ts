import { describe, expect, it } from 'vitest';
import { datesWithPapers, filterEntries, type EntryFilter } from '../../src/catalog';
import { makeEntry } from '../support/entry-factory';

const none: EntryFilter = { tags: [], tagMode: 'and', excluded: [], from: null, to: null };
const llmRl = makeEntry({ tags: ['LLM', 'rl'], date: '2024-03-08' });
const llm = makeEntry({ tags: ['llm'], date: '2024-03-07' });
const vision = makeEntry({ tags: ['vision'], date: '2024-03-06' });
const undated = makeEntry({ tags: ['rl'], date: null });
const all = [llmRl, llm, vision, undated];

describe('filterEntries', () => {
  it('keeps everything without a filter', () => {
    expect(filterEntries(all, none)).toEqual(all);
  });

  it('needs every tag in AND mode and any tag in OR mode, in any case', () => {
    expect(filterEntries(all, { ...none, tags: ['llm', 'rl'] })).toEqual([llmRl]);
    expect(filterEntries(all, { ...none, tags: ['llm', 'rl'], tagMode: 'or' })).toEqual([
      llmRl,
      llm,
      undated,
    ]);
  });

  it('drops papers with an excluded tag', () => {
    expect(filterEntries(all, { ...none, tags: ['llm'], excluded: ['rl'] })).toEqual([llm]);
    expect(filterEntries(all, { ...none, excluded: ['llm'] })).toEqual([vision, undated]);
  });

  it('keeps papers within an inclusive date range, undated ones outside it', () => {
    expect(filterEntries(all, { ...none, from: '2024-03-07', to: '2024-03-08' })).toEqual([
      llmRl,
      llm,
    ]);
    expect(filterEntries(all, { ...none, to: '2024-03-06' })).toEqual([vision]);
  });
});

describe('datesWithPapers', () => {
  it('lists each date once, newest first', () => {
    expect(datesWithPapers([llm, llmRl, llm, undated])).toEqual(['2024-03-08', '2024-03-07']);
  });
});
