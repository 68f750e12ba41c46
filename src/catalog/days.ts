import type { DigestEntry } from '../digest';

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

// Made on first use, like the collators in tags.ts: the first date format takes about 7 ms.
let koreanDate: Intl.DateTimeFormat | undefined;
const KOREAN_DATE_OPTIONS: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  weekday: 'short',
  timeZone: 'UTC',
};

/** `2024-03-08` → `2024년 3월 8일 (금)`; null → `날짜 미상`. */
export function formatKoreanDate(date: string | null): string {
  if (date === null) return '날짜 미상';
  koreanDate ??= new Intl.DateTimeFormat('ko-KR', KOREAN_DATE_OPTIONS);
  const parts = koreanDate.formatToParts(new Date(`${date}T00:00:00Z`));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}년 ${part('month')}월 ${part('day')}일 (${part('weekday')})`;
}
