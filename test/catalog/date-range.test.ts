import { describe, expect, it } from 'vitest';
import { filterEntries, formatDateRange, formatKoreanDay, orderedRange } from '../../src/catalog';
import { makeEntry } from '../support/entry-factory';

describe('orderedRange', () => {
  it('swaps a start after the end, and says so', () => {
    expect(orderedRange({ from: '2024-03-08', to: '2024-03-01' })).toEqual({
      from: '2024-03-01',
      to: '2024-03-08',
      swapped: true,
    });
  });

  it('leaves ordered, one-day and one-sided ranges as they are', () => {
    for (const bounds of [
      { from: '2024-03-01', to: '2024-03-08' },
      { from: '2024-03-08', to: '2024-03-08' },
      { from: '2024-03-08', to: null },
      { from: null, to: '2024-03-01' },
      { from: null, to: null },
    ]) {
      expect(orderedRange(bounds)).toEqual({ ...bounds, swapped: false });
    }
  });

  it('lets filterEntries list the papers of a range written backwards', () => {
    const early = makeEntry({ date: '2024-03-01' });
    const late = makeEntry({ date: '2024-03-08' });
    const outside = makeEntry({ date: '2024-03-09' });
    const filter = { tags: [], tagMode: 'and', excluded: [] } as const;
    expect(
      filterEntries([early, late, outside], { ...filter, from: '2024-03-08', to: '2024-03-01' }),
    ).toEqual([early, late]);
  });
});

describe('formatDateRange', () => {
  it('writes the year once when both ends share it', () => {
    expect(formatDateRange({ from: '2024-03-01', to: '2024-03-08' })).toBe(
      '2024년 3월 1일–3월 8일',
    );
  });

  it('writes both years across a new year', () => {
    expect(formatDateRange({ from: '2023-12-30', to: '2024-01-02' })).toBe(
      '2023년 12월 30일–2024년 1월 2일',
    );
  });

  it('writes a one-day range as that day', () => {
    expect(formatDateRange({ from: '2024-03-08', to: '2024-03-08' })).toBe('2024년 3월 8일');
  });

  it('writes one bound with 부터 or 까지', () => {
    expect(formatDateRange({ from: '2024-03-01', to: null })).toBe('2024년 3월 1일부터');
    expect(formatDateRange({ from: null, to: '2024-03-08' })).toBe('2024년 3월 8일까지');
  });

  it('writes a range given backwards in order', () => {
    expect(formatDateRange({ from: '2024-03-08', to: '2024-03-01' })).toBe(
      '2024년 3월 1일–3월 8일',
    );
  });

  it('is null without bounds', () => {
    expect(formatDateRange({ from: null, to: null })).toBeNull();
  });
});

describe('formatKoreanDay', () => {
  it('writes the date without leading zeros or a day of the week', () => {
    expect(formatKoreanDay('2024-03-08')).toBe('2024년 3월 8일');
  });
});
