import type { DigestEntry } from '../digest/index.ts';
import { dateParts, formatKoreanDay } from './date-range.ts';

export interface Day {
  /** `YYYY-MM-DD`, or null for entries whose date is unknown. */
  date: string | null;
  entries: DigestEntry[];
}

/** Entries grouped by day, newest day first, undated last; digest order within a day. */
export function groupByDay(entries: readonly DigestEntry[]): Day[] {
  const byDate = new Map<string | null, DigestEntry[]>();
  for (const entry of entries) {
    const list = byDate.get(entry.date);
    if (list) list.push(entry);
    else byDate.set(entry.date, [entry]);
  }
  return [...byDate].map(([date, list]) => ({ date, entries: list })).sort(compareDays);
}

/** Newest day first, undated last. */
export function compareDays(a: Day, b: Day): number {
  if (a.date === b.date) return 0;
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return a.date < b.date ? 1 : -1;
}

const WEEKDAYS = ['일', '월', '화', '수', '목', '금', '토'] as const;

/**
 * `2024-03-08` → `2024년 3월 8일 (금)`; null → `날짜 미상`. Written out by hand: the first
 * `Intl.DateTimeFormat` of a page loads calendar data, 20 ms in the frame that drew the first
 * day heading.
 */
export function formatKoreanDate(date: string | null): string {
  if (date === null) return '날짜 미상';
  const { year, month, day } = dateParts(date);
  // setUTCFullYear, not Date.UTC, which reads years below 100 as 19xx.
  const weekday = new Date(0);
  weekday.setUTCFullYear(year, month - 1, day);
  return `${formatKoreanDay(date)} (${WEEKDAYS[weekday.getUTCDay()] ?? ''})`;
}
