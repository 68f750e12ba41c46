import { groupByDay, type Day } from '../../catalog';
import type { DigestEntry } from '../../digest';

/** One row of the virtual paper list: a day's heading or one paper of that day. */
export type ListRow =
  | { kind: 'day'; key: string; date: string | null; count: number; read: number }
  | { kind: 'paper'; key: string; entry: DigestEntry };

/**
 * The virtual-list key of a paper's row: its id, which never holds the colon of a day's key. The
 * list looks every row up by key whenever it grows; an id is one string for as long as the digest
 * is open, whose hash is computed once, where a key made anew for each update had to be hashed
 * again for every row (5.5 ms against 1.3 ms for 16,040 rows, in Node).
 */
export function paperKey(id: string): string {
  return id;
}

/**
 * Each day's heading, with how many of its papers are read, followed by its papers, newest day
 * first, undated last (or the reverse). Ungrouped, the papers in the order given. `days`, when
 * given, is `groupByDay(entries)` already made.
 */
export function listRows(
  entries: readonly DigestEntry[],
  {
    grouped = true,
    read = new Set<string>(),
    oldestFirst = false,
    days = grouped ? groupByDay(entries) : [],
  }: {
    grouped?: boolean;
    read?: ReadonlySet<string>;
    oldestFirst?: boolean;
    days?: readonly Day[];
  } = {},
): ListRow[] {
  if (!grouped) return entries.map((entry) => ({ kind: 'paper', key: paperKey(entry.id), entry }));
  const rows: ListRow[] = [];
  for (const day of oldestFirst ? [...days].reverse() : days) {
    rows.push({
      kind: 'day',
      key: `day:${day.date ?? 'undated'}`,
      date: day.date,
      count: day.entries.length,
      read: readCount(day, read),
    });
    for (const entry of day.entries) rows.push({ kind: 'paper', key: paperKey(entry.id), entry });
  }
  return rows;
}

function readCount(day: Day, read: ReadonlySet<string>): number {
  let count = 0;
  for (const entry of day.entries) if (read.has(entry.id)) count++;
  return count;
}

/**
 * The day row that row `index` belongs to: the last day row at or before it. Its heading stays
 * pinned while `index` is the topmost visible row. `dayIndexes` is ascending.
 */
export function dayRowOf(dayIndexes: readonly number[], index: number): number | undefined {
  let low = 0;
  let high = dayIndexes.length - 1;
  let found: number | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const candidate = dayIndexes[middle] ?? 0;
    if (candidate <= index) {
      found = candidate;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}
