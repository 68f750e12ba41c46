import { formatKoreanDate } from '../../../catalog';

export interface DayHeadingProps {
  /** `YYYY-MM-DD`, or null for undated papers. */
  date: string | null;
  /** Papers listed under this day. */
  count: number;
  /** How many of them the reader has read. */
  read: number;
}

export function DayHeading({ date, count, read }: DayHeadingProps) {
  const label = formatKoreanDate(date);
  return (
    // Opaque, because it stays pinned over the rows scrolling beneath it.
    <h3 className="flex items-baseline gap-2 border-b border-zinc-200 bg-zinc-50 px-4 py-2.5 text-sm font-semibold text-zinc-800 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-200">
      {date === null ? (
        <span>{label}</span>
      ) : (
        <time dateTime={date} className="tabular-nums">
          {label}
        </time>
      )}{' '}
      <span className="text-xs font-normal text-zinc-600 tabular-nums dark:text-zinc-400">
        {count}편
      </span>{' '}
      <span className="ml-auto text-xs font-normal text-zinc-600 tabular-nums dark:text-zinc-400">
        {read}/{count} 읽음
      </span>
    </h3>
  );
}
