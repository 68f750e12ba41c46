import { describe, expect, it } from 'vitest';
import {
  datesWithPapers,
  filterEntries,
  nearestDateWithPapers,
  type EntryFilter,
} from '../../src/catalog';
import { makeEntry } from '../support/entry-factory';

const none: EntryFilter = { tags: [], tagMode: 'and', excluded: [], from: null, to: null };
const llmRl = makeEntry({ tags: ['LLM', 'rl'], date: '2024-03-08' });
const llm = makeEntry({ tags: ['llm'], date: '2024-03-07' });
const vision = makeEntry({ tags: ['vision'], date: '2024-03-06' });
const undated = makeEntry({ tags: ['rl'], date: null });
const all = [llmRl, llm, vision, undated];

describe('filterEntries', () => {
  it('keeps everything without a filter', () => {
    // The same array: the reader page tells the whole digest from a filtered list by it.
    expect(filterEntries(all, none)).toBe(all);
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

describe('nearestDateWithPapers', () => {
  const dates = ['2024-03-12', '2024-03-08', '2024-03-06', '2024-02-28'];

  it('gives a date that has papers back as it is', () => {
    expect(nearestDateWithPapers(dates, '2024-03-08')).toBe('2024-03-08');
  });

  it('gives the closest date with papers, before or after', () => {
    expect(nearestDateWithPapers(dates, '2024-03-09')).toBe('2024-03-08');
    expect(nearestDateWithPapers(dates, '2024-03-11')).toBe('2024-03-12');
    expect(nearestDateWithPapers(dates, '2025-01-01')).toBe('2024-03-12');
    expect(nearestDateWithPapers(dates, '2023-12-31')).toBe('2024-02-28');
  });

  it('prefers the earlier date when two are as close, in any order of dates', () => {
    expect(nearestDateWithPapers(dates, '2024-03-07')).toBe('2024-03-06');
    expect(nearestDateWithPapers(dates, '2024-03-10')).toBe('2024-03-08');
    expect(nearestDateWithPapers([...dates].reverse(), '2024-03-10')).toBe('2024-03-08');
  });

  it('counts days across the end of a month, leap day included', () => {
    // Two days from 02-28 to 03-02 in 2023, three in 2024, which has a 29 February.
    expect(nearestDateWithPapers(['2023-03-05', '2023-02-28'], '2023-03-02')).toBe('2023-02-28');
    expect(nearestDateWithPapers(['2024-03-04', '2024-02-28'], '2024-03-02')).toBe('2024-03-04');
  });

  it('gives null without dates or for a value that is not a date', () => {
    expect(nearestDateWithPapers([], '2024-03-08')).toBeNull();
    expect(nearestDateWithPapers(dates, '')).toBeNull();
    expect(nearestDateWithPapers(dates, '2024-13-45')).toBeNull();
  });
});
