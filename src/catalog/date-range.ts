/** A list's date bounds as a reader gave them: inclusive `YYYY-MM-DD` dates, either missing. */
export interface DateBounds {
  from: string | null;
  to: string | null;
}

export interface DateRange extends DateBounds {
  /** The reader gave the end before the start, and the two were swapped. */
  swapped: boolean;
}

/**
 * The bounds in order: a start after the end is read as the same range written backwards, not as
 * an empty one, which would list nothing and say nothing of why.
 */
export function orderedRange({ from, to }: DateBounds): DateRange {
  if (from && to && from > to) return { from: to, to: from, swapped: true };
  return { from, to, swapped: false };
}

/** `2024-03-08` → `{ year: 2024, month: 3, day: 8 }`, by hand (see `formatKoreanDate`). */
export function dateParts(date: string): { year: number; month: number; day: number } {
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  };
}

/** `2024-03-08` → `2024년 3월 8일`. */
export function formatKoreanDay(date: string): string {
  const { year, month, day } = dateParts(date);
  return `${year}년 ${month}월 ${day}일`;
}

/**
 * The range in short Korean, ordered as `orderedRange` orders it: `2024년 3월 1일–3월 8일` (the
 * year once when both ends share it), `2024년 3월 8일` for one day, `2024년 3월 1일부터` and
 * `2024년 3월 8일까지` for one bound; null without bounds.
 */
export function formatDateRange(bounds: DateBounds): string | null {
  const { from, to } = orderedRange(bounds);
  if (from && to) {
    if (from === to) return formatKoreanDay(from);
    const end = dateParts(to);
    const sameYear = dateParts(from).year === end.year;
    return `${formatKoreanDay(from)}–${sameYear ? `${end.month}월 ${end.day}일` : formatKoreanDay(to)}`;
  }
  if (from) return `${formatKoreanDay(from)}부터`;
  if (to) return `${formatKoreanDay(to)}까지`;
  return null;
}
