import type { ArchiveSourceKind } from '../../archive/types';
import { formatDateRange, formatKoreanDay } from '../../catalog';

export const KIND_LABELS: Readonly<Record<ArchiveSourceKind, string>> = {
  file: '파일',
  paste: '붙여넣기',
  subscription: '구독',
};

/**
 * A source's name as the reader typed or sees it: a subscribed address with its Hangul as it is
 * (`https://example.com/다이제스트`), not %-escaped as the address is stored.
 */
export function readableName(name: string): string {
  if (!/^https?:\/\//.test(name)) return name;
  try {
    return decodeURI(name);
  } catch {
    return name;
  }
}

const UNITS = ['KB', 'MB', 'GB', 'TB'] as const;

/** `512` → `512 B`, `12_345_678` → `12.3 MB`, `2_100_000_000` → `2.1 GB` (decimal units). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${Math.max(0, Math.round(bytes))} B`;
  let value = bytes;
  let unit: string = UNITS[0];
  for (const next of UNITS) {
    value /= 1000;
    unit = next;
    if (value < 1000) break;
  }
  // One decimal while it says something (12.3 MB), none once the number is long (123 MB).
  const shown = value < 100 ? value.toFixed(1).replace(/\.0$/, '') : String(Math.round(value));
  return `${shown} ${unit}`;
}

/** A source's papers' dates: `2024년 3월 1일–3월 8일`, or `날짜 없음` when none has one. */
export function formatSourceDates(firstDate: string | null, lastDate: string | null): string {
  return formatDateRange({ from: firstDate, to: lastDate }) ?? '날짜 없음';
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** `YYYY-MM-DD` of `time` in the reader's own time zone. */
export function localDay(time: Date): string {
  const month = String(time.getMonth() + 1).padStart(2, '0');
  const day = String(time.getDate()).padStart(2, '0');
  return `${time.getFullYear()}-${month}-${day}`;
}

/**
 * When something happened, as a Korean reader says it: `방금`, `5분 전`, `3시간 전`, `2일 전`, and a
 * date (`2024년 3월 8일`) from a week back. A time in the future (another device's clock) is `방금`.
 */
export function formatSince(iso: string, now: Date = new Date()): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return '알 수 없음';
  const elapsed = now.getTime() - time.getTime();
  if (elapsed < MINUTE) return '방금';
  if (elapsed < HOUR) return `${Math.floor(elapsed / MINUTE)}분 전`;
  if (elapsed < DAY) return `${Math.floor(elapsed / HOUR)}시간 전`;
  if (elapsed < 7 * DAY) return `${Math.floor(elapsed / DAY)}일 전`;
  return formatKoreanDay(localDay(time));
}
