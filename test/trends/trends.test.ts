import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countTags, filterEntries } from '../../src/catalog';
import {
  chooseGranularity,
  formatPeriod,
  parseTagList,
  periodOf,
  periodsBetween,
  periodTick,
  tagTrends,
  topTagKeys,
} from '../../src/trends';
import { makeEntry } from '../support/entry-factory';

const tag = (key: string) => ({ key, label: key });

describe('chooseGranularity', () => {
  it('counts by week under about three months of dates, by month from then on', () => {
    expect(chooseGranularity('2024-03-01', '2024-03-08')).toBe('week');
    expect(chooseGranularity('2024-01-01', '2024-03-31')).toBe('week');
    expect(chooseGranularity('2024-01-01', '2024-04-02')).toBe('month');
    expect(chooseGranularity('2023-01-01', '2024-03-31')).toBe('month');
  });

  it('does not mind the order of its bounds, and takes months without dates', () => {
    expect(chooseGranularity('2024-03-08', '2024-03-01')).toBe('week');
    expect(chooseGranularity(null, null)).toBe('month');
  });
});

describe('periodOf', () => {
  it('gives the calendar month, to its last day, leap years included', () => {
    expect(periodOf('2024-02-14', 'month')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodOf('2023-02-14', 'month')).toEqual({ from: '2023-02-01', to: '2023-02-28' });
    expect(periodOf('2024-12-31', 'month')).toEqual({ from: '2024-12-01', to: '2024-12-31' });
  });

  it('gives the week from Monday to Sunday, across month and year ends', () => {
    // 2024-03-08 is a Friday; 2024-03-10 a Sunday; 2024-03-11 a Monday.
    expect(periodOf('2024-03-08', 'week')).toEqual({ from: '2024-03-04', to: '2024-03-10' });
    expect(periodOf('2024-03-10', 'week')).toEqual({ from: '2024-03-04', to: '2024-03-10' });
    expect(periodOf('2024-03-11', 'week')).toEqual({ from: '2024-03-11', to: '2024-03-17' });
    expect(periodOf('2025-01-01', 'week')).toEqual({ from: '2024-12-30', to: '2025-01-05' });
  });
});

describe('periodsBetween', () => {
  it('lists every period from the first to the last, the empty ones too', () => {
    expect(periodsBetween('2023-11-20', '2024-02-03', 'month').map((p) => p.from)).toEqual([
      '2023-11-01',
      '2023-12-01',
      '2024-01-01',
      '2024-02-01',
    ]);
    expect(periodsBetween('2024-03-08', '2024-03-20', 'week')).toEqual([
      { from: '2024-03-04', to: '2024-03-10' },
      { from: '2024-03-11', to: '2024-03-17' },
      { from: '2024-03-18', to: '2024-03-24' },
    ]);
  });
});

describe('tagTrends', () => {
  it('counts papers per tag per month, in the order the tags are asked for', () => {
    const entries = [
      makeEntry({ date: '2024-01-05', tags: ['llm', 'rl'] }),
      makeEntry({ date: '2024-01-20', tags: ['llm'] }),
      makeEntry({ date: '2024-04-20', tags: ['rl'] }),
      makeEntry({ date: '2024-04-23', tags: ['vision'] }),
    ];
    const trends = tagTrends(entries, [tag('rl'), tag('llm')]);
    expect(trends.granularity).toBe('month');
    expect(trends.periods.map((period) => period.from)).toEqual([
      '2024-01-01',
      '2024-02-01',
      '2024-03-01',
      '2024-04-01',
    ]);
    expect(trends.series).toEqual([
      { key: 'rl', label: 'rl', counts: [1, 0, 0, 1], total: 2, undated: 0 },
      { key: 'llm', label: 'llm', counts: [2, 0, 0, 0], total: 2, undated: 0 },
    ]);
  });

  it('counts by week for a short archive', () => {
    const entries = [
      makeEntry({ date: '2024-03-01', tags: ['llm'] }),
      makeEntry({ date: '2024-03-04', tags: ['llm'] }),
      makeEntry({ date: '2024-03-08', tags: ['llm'] }),
    ];
    const trends = tagTrends(entries, [tag('llm')]);
    expect(trends.granularity).toBe('week');
    expect(trends.periods).toEqual([
      { from: '2024-02-26', to: '2024-03-03' },
      { from: '2024-03-04', to: '2024-03-10' },
    ]);
    expect(trends.series[0]?.counts).toEqual([1, 2]);
  });

  it('matches tags in any case, counts a repeated tag once, and keeps undated papers apart', () => {
    const entries = [
      makeEntry({ date: '2024-03-08', tags: ['LLM', 'llm'] }),
      makeEntry({ date: null, tags: ['Llm'] }),
    ];
    expect(tagTrends(entries, [tag('llm')]).series[0]).toMatchObject({
      counts: [1],
      total: 1,
      undated: 1,
    });
  });

  it('spans the whole archive even where the tags asked for have no papers', () => {
    const entries = [
      makeEntry({ date: '2024-01-05', tags: ['vision'] }),
      makeEntry({ date: '2024-06-05', tags: ['llm'] }),
    ];
    const trends = tagTrends(entries, [tag('llm'), tag('unknown')]);
    expect(trends.periods).toHaveLength(6);
    expect(trends.series[1]?.counts).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('has no periods for an archive without dates', () => {
    const trends = tagTrends([makeEntry({ date: null })], [tag('llm')]);
    expect(trends.periods).toEqual([]);
    expect(trends.series[0]).toMatchObject({ counts: [], undated: 1 });
  });

  it('counts what the list filtered by the tag and the period shows, and adds up to the catalog', () => {
    const date = fc
      .tuple(
        fc.constantFrom(2023, 2024),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
      )
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    const tags = fc.array(fc.constantFrom('llm', 'LLM', 'rl', 'moe', '한국어'), { maxLength: 3 });
    const entry = fc.record({ date: fc.option(date, { freq: 8 }), tags });
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 25 }),
        fc.constantFrom('month', 'week'),
        (rows, by) => {
          const entries = rows.map((row) => makeEntry(row));
          const counted = countTags(entries);
          const trends = tagTrends(entries, counted, by);
          for (const trend of trends.series) {
            trends.periods.forEach((period, index) => {
              const listed = filterEntries(entries, {
                tags: [trend.key],
                tagMode: 'and',
                excluded: [],
                ...period,
              });
              expect(trend.counts[index]).toBe(listed.length);
            });
            const catalogCount = counted.find((tagCount) => tagCount.key === trend.key)?.count;
            expect(trend.total + trend.undated).toBe(catalogCount);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('topTagKeys', () => {
  it('takes the most used tags, six unless told', () => {
    const counted = countTags(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((key) => makeEntry({ tags: [key] })),
    );
    expect(topTagKeys(counted)).toHaveLength(6);
    expect(topTagKeys(counted, 2)).toEqual(['a', 'b']);
  });
});

describe('parseTagList', () => {
  it('reads a comma-separated list as tag keys, each once, skipping blanks', () => {
    expect(parseTagList('LLM, rl,,llm')).toEqual(['llm', 'rl']);
    expect(parseTagList('')).toEqual([]);
  });
});

describe('period labels', () => {
  it('names a month or a week in Korean', () => {
    expect(formatPeriod(periodOf('2024-03-08', 'month'), 'month')).toBe('2024년 3월');
    expect(formatPeriod(periodOf('2024-03-08', 'week'), 'week')).toBe('2024년 3월 4일–3월 10일');
  });

  it('gives short axis labels with the year where it is new', () => {
    const [december, january, february] = periodsBetween('2023-12-01', '2024-02-01', 'month');
    expect(periodTick(december!, 'month', undefined)).toEqual({ label: '12월', year: '2023' });
    expect(periodTick(january!, 'month', december)).toEqual({ label: '1월', year: '2024' });
    expect(periodTick(february!, 'month', january)).toEqual({ label: '2월', year: null });
    expect(periodTick(periodOf('2024-03-08', 'week'), 'week', undefined)).toEqual({
      label: '3/4',
      year: '2024',
    });
  });
});
