import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatSince,
  formatSourceDates,
  localDay,
  readableName,
} from '../../../src/features/archive/archive-format';

describe('formatBytes', () => {
  it('writes sizes in decimal units, with one decimal while the number is short', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(1000)).toBe('1 KB');
    expect(formatBytes(12_345_678)).toBe('12.3 MB');
    expect(formatBytes(123_456_789)).toBe('123 MB');
    expect(formatBytes(2_100_000_000)).toBe('2.1 GB');
  });
});

describe('formatSourceDates', () => {
  it('names the range once per year, one day alone, and says when no paper has a date', () => {
    expect(formatSourceDates('2024-03-01', '2024-03-08')).toBe('2024년 3월 1일–3월 8일');
    expect(formatSourceDates('2023-12-30', '2024-01-02')).toBe('2023년 12월 30일–2024년 1월 2일');
    expect(formatSourceDates('2024-03-08', '2024-03-08')).toBe('2024년 3월 8일');
    expect(formatSourceDates(null, null)).toBe('날짜 없음');
  });
});

describe('formatSince', () => {
  const now = new Date(2024, 2, 8, 12, 0, 0);
  const before = (ms: number) => new Date(now.getTime() - ms).toISOString();

  it('says how long ago for a week, then the date', () => {
    expect(formatSince(before(10_000), now)).toBe('방금');
    expect(formatSince(before(5 * 60_000), now)).toBe('5분 전');
    expect(formatSince(before(3 * 3_600_000), now)).toBe('3시간 전');
    expect(formatSince(before(2 * 86_400_000), now)).toBe('2일 전');
    expect(formatSince(new Date(2024, 1, 20, 9, 0).toISOString(), now)).toBe('2024년 2월 20일');
  });

  it('reads a time ahead of the clock as just now, and an unreadable one as unknown', () => {
    expect(formatSince(new Date(now.getTime() + 60_000).toISOString(), now)).toBe('방금');
    expect(formatSince('not a time', now)).toBe('알 수 없음');
  });
});

describe('localDay', () => {
  it("is the reader's own calendar day", () => {
    expect(localDay(new Date(2024, 0, 5, 23, 59))).toBe('2024-01-05');
  });
});

describe('readableName', () => {
  it('shows a subscribed address with its Hangul, and leaves other names as they are', () => {
    expect(readableName(new URL('https://example.com/다이제스트.txt').href)).toBe(
      'https://example.com/다이제스트.txt',
    );
    expect(readableName('https://example.com/%E0%A4%A')).toBe('https://example.com/%E0%A4%A');
    expect(readableName('100%25 real.txt')).toBe('100%25 real.txt');
  });
});
