import { dateParts, formatDateRange } from '../catalog/date-range.ts';
import { tagKey, type TagCount } from '../catalog/tags.ts';
import type { DigestEntry } from '../digest/index.ts';

/** Papers are counted by calendar month, or by week (Monday to Sunday) for a short archive. */
export type Granularity = 'month' | 'week';

/**
 * Dated papers spanning fewer days than this are counted by week: about three months, which by
 * month would be a chart of three points.
 */
export const WEEKLY_BELOW_DAYS = 92;

/** How many of the most used tags a chart shows before the reader chooses. */
export const DEFAULT_TAG_COUNT = 6;

/** One month or week: inclusive `YYYY-MM-DD` bounds, as the reader's list filters dates. */
export interface Period {
  from: string;
  to: string;
}

export interface TagTrend {
  key: string;
  /** The tag as the catalog spells it, or its key when no paper carries it. */
  label: string;
  /** Papers carrying the tag in each period, in the order of `Trends.periods`. */
  counts: number[];
  /** The sum of `counts`: every dated paper with the tag. */
  total: number;
  /** Papers with the tag but no date, which no period holds. */
  undated: number;
}

export interface Trends {
  granularity: Granularity;
  /** Every period from the archive's first dated paper to its last, oldest first, empty ones too. */
  periods: Period[];
  /** One per tag asked for, in the order asked. */
  series: TagTrend[];
}

const DAY_MS = 86_400_000;

function toUtc(date: string): Date {
  const { year, month, day } = dateParts(date);
  // setUTCFullYear, not Date.UTC, which reads years below 100 as 19xx.
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  return utc;
}

function fromUtc(utc: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const year = String(utc.getUTCFullYear()).padStart(4, '0');
  return `${year}-${pad(utc.getUTCMonth() + 1)}-${pad(utc.getUTCDate())}`;
}

function addDays(date: string, days: number): string {
  const utc = toUtc(date);
  utc.setUTCDate(utc.getUTCDate() + days);
  return fromUtc(utc);
}

/** Month for a span of three months or more, else week; month when there are no dates. */
export function chooseGranularity(first: string | null, last: string | null): Granularity {
  if (!first || !last) return 'month';
  const days = Math.abs(toUtc(last).getTime() - toUtc(first).getTime()) / DAY_MS;
  return days < WEEKLY_BELOW_DAYS ? 'week' : 'month';
}

/** The month or the week (from Monday) that `date` falls in. */
export function periodOf(date: string, granularity: Granularity): Period {
  if (granularity === 'month') {
    const { year, month } = dateParts(date);
    // Day 0 of the next month is the last day of this one.
    const end = new Date(0);
    end.setUTCFullYear(year, month, 0);
    return { from: `${date.slice(0, 7)}-01`, to: fromUtc(end) };
  }
  // getUTCDay counts from Sunday; weeks here start on Monday.
  const sinceMonday = (toUtc(date).getUTCDay() + 6) % 7;
  const from = addDays(date, -sinceMonday);
  return { from, to: addDays(from, 6) };
}

/** Every period from the one holding `first` to the one holding `last`, both included. */
export function periodsBetween(first: string, last: string, granularity: Granularity): Period[] {
  const periods: Period[] = [];
  for (
    let period = periodOf(first, granularity);
    period.from <= last;
    period = periodOf(addDays(period.to, 1), granularity)
  ) {
    periods.push(period);
  }
  return periods;
}

/**
 * Papers per tag per period. An entry counts once for a tag however often it repeats it, and tags
 * match whatever their case, as the catalog counts them; so a tag's counts add up to the catalog's
 * count of it, less its undated papers. The periods cover every dated paper of `entries`, not only
 * those of these tags, so that charts of different tags share one time axis.
 */
export function tagTrends(
  entries: readonly DigestEntry[],
  tags: readonly Pick<TagCount, 'key' | 'label'>[],
  granularity?: Granularity,
): Trends {
  let first: string | null = null;
  let last: string | null = null;
  for (const { date } of entries) {
    if (date === null) continue;
    if (first === null || date < first) first = date;
    if (last === null || date > last) last = date;
  }
  const by = granularity ?? chooseGranularity(first, last);
  const periods = first && last ? periodsBetween(first, last, by) : [];
  const series: TagTrend[] = tags.map(({ key, label }) => ({
    key,
    label,
    counts: periods.map(() => 0),
    total: 0,
    undated: 0,
  }));
  const seriesByKey = new Map(series.map((trend) => [trend.key, trend]));
  const periodIndex = new Map(periods.map((period, index) => [period.from, index]));
  // An archive has a few hundred dates for its thousands of papers.
  const indexOfDate = new Map<string, number>();
  for (const entry of entries) {
    const carried = new Set<TagTrend>();
    for (const tag of entry.tags) {
      const trend = seriesByKey.get(tagKey(tag));
      if (trend) carried.add(trend);
    }
    if (carried.size === 0) continue;
    let index: number | undefined;
    if (entry.date !== null) {
      index = indexOfDate.get(entry.date);
      if (index === undefined) {
        index = periodIndex.get(periodOf(entry.date, by).from) ?? -1;
        indexOfDate.set(entry.date, index);
      }
    }
    for (const trend of carried) {
      if (index === undefined || index < 0) {
        trend.undated++;
        continue;
      }
      trend.counts[index] = (trend.counts[index] ?? 0) + 1;
      trend.total++;
    }
  }
  return { granularity: by, periods, series };
}

/** The keys of the `count` most used tags; `tags` is most used first, as the catalog keeps it. */
export function topTagKeys(tags: readonly TagCount[], count = DEFAULT_TAG_COUNT): string[] {
  return tags.slice(0, count).map((tag) => tag.key);
}

/**
 * Tag keys from a comma-separated list as a URL gives it: normalised as the catalog keys tags,
 * each once, in the order given.
 */
export function parseTagList(value: string): string[] {
  return [
    ...new Set(
      value
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean)
        .map(tagKey),
    ),
  ];
}

/** `2024년 3월` for a month; `2024년 3월 4일–3월 10일` for a week. */
export function formatPeriod(period: Period, granularity: Granularity): string {
  if (granularity === 'month') {
    const { year, month } = dateParts(period.from);
    return `${year}년 ${month}월`;
  }
  return formatDateRange(period) ?? period.from;
}

/**
 * A period's short label for a chart's axis: `3월` or `3/4`, with its year, `2024`, where the
 * year is new (at the first period and where the year changes).
 */
export function periodTick(
  period: Period,
  granularity: Granularity,
  previous: Period | undefined,
): { label: string; year: string | null } {
  const { year, month, day } = dateParts(period.from);
  const newYear = !previous || dateParts(previous.from).year !== year;
  return {
    label: granularity === 'month' ? `${month}월` : `${month}/${day}`,
    year: newYear ? String(year) : null,
  };
}
