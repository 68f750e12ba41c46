import type { DigestEntry } from '../digest/index.ts';
import { orderedRange } from './date-range.ts';
import { tagKey } from './tags.ts';

export interface EntryFilter {
  /** Tag keys a paper must carry: all of them (`and`) or at least one (`or`). */
  tags: readonly string[];
  tagMode: 'and' | 'or';
  /** Tag keys a paper must not carry. */
  excluded: readonly string[];
  /**
   * Inclusive `YYYY-MM-DD` bounds; undated papers fall outside any bound. A start after the end
   * is read as the range written backwards (see `orderedRange`).
   */
  from: string | null;
  to: string | null;
}

/**
 * The entries that pass every part of the filter, in their original order: `entries` itself when
 * the filter lets everything through, so that a caller can tell.
 */
export function filterEntries(
  entries: readonly DigestEntry[],
  filter: EntryFilter,
): readonly DigestEntry[] {
  const { tags, tagMode, excluded } = filter;
  const { from, to } = orderedRange(filter);
  if (tags.length === 0 && excluded.length === 0 && !from && !to) return entries;
  return entries.filter((entry) => {
    if (from && (entry.date === null || entry.date < from)) return false;
    if (to && (entry.date === null || entry.date > to)) return false;
    if (tags.length === 0 && excluded.length === 0) return true;
    const keys = new Set(entry.tags.map(tagKey));
    if (excluded.some((tag) => keys.has(tag))) return false;
    if (tags.length === 0) return true;
    return tagMode === 'and'
      ? tags.every((tag) => keys.has(tag))
      : tags.some((tag) => keys.has(tag));
  });
}

/** The dates that have papers, newest first. */
export function datesWithPapers(entries: readonly DigestEntry[]): string[] {
  const dates = new Set<string>();
  for (const entry of entries) if (entry.date) dates.add(entry.date);
  return [...dates].sort().reverse();
}

/**
 * The date with papers closest to `date`, `date` itself if it has any; of two as close, the
 * earlier. Null when no date has papers or `date` is not a `YYYY-MM-DD` date.
 */
export function nearestDateWithPapers(dates: readonly string[], date: string): string | null {
  // Measured in time, not by comparing strings, so that closeness crosses month ends correctly.
  const time = (day: string) => Date.parse(`${day}T00:00:00Z`);
  const target = time(date);
  let nearest: string | null = null;
  let nearestDistance = Infinity;
  for (const candidate of dates) {
    const distance = Math.abs(time(candidate) - target);
    const tieButEarlier = distance === nearestDistance && nearest !== null && candidate < nearest;
    if (distance < nearestDistance || tieButEarlier) {
      nearest = candidate;
      nearestDistance = distance;
    }
  }
  return nearest;
}
