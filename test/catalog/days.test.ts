import { describe, expect, it } from 'vitest';
import { formatKoreanDate, groupByDay } from '../../src/catalog';
import { makeEntry } from '../support/entry-factory';

describe('groupByDay', () => {
  it('puts the newest day first and undated entries last, keeping digest order in a day', () => {
    const a = makeEntry({ date: '2024-03-07' });
    const b = makeEntry({ date: '2024-03-08' });
    const c = makeEntry({ date: null });
    const d = makeEntry({ date: '2024-03-08' });
    expect(groupByDay([a, b, c, d])).toEqual([
      { date: '2024-03-08', entries: [b, d] },
      { date: '2024-03-07', entries: [a] },
      { date: null, entries: [c] },
    ]);
  });
});

describe('formatKoreanDate', () => {
  it('writes the Korean date with the day of the week', () => {
    expect(formatKoreanDate('2024-03-08')).toBe('2024년 3월 8일 (금)');
    expect(formatKoreanDate('2023-01-01')).toBe('2023년 1월 1일 (일)');
  });

  it('names the same day of the week as the Korean calendar of Intl, every day for four years', () => {
    const korean = new Intl.DateTimeFormat('ko-KR', { weekday: 'short', timeZone: 'UTC' });
    for (let time = Date.UTC(2023, 0, 1); time < Date.UTC(2027, 0, 1); time += 86_400_000) {
      const date = new Date(time).toISOString().slice(0, 10);
      expect(formatKoreanDate(date)).toMatch(new RegExp(`\\(${korean.format(time)}\\)$`));
    }
  });

  it('keeps years below 100 as they are written', () => {
    expect(formatKoreanDate('0050-03-01')).toBe('50년 3월 1일 (화)');
  });

  it('says the date is unknown for undated entries', () => {
    expect(formatKoreanDate(null)).toBe('날짜 미상');
  });
});
