import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useAfterFirstPaint } from '../../../components/ui/use-after-first-paint';
import type { Day } from '../../../catalog';
import type { DigestEntry } from '../../../digest';
import { paperPath, type ListKind, type ViewMode } from '../../navigation/paths';
import { formatCount } from '../../../text';
import { listRows, paperKey, dayRowOf, type ListRow } from '../list-rows';
import {
  initialListRect,
  isListLaidOut,
  measureRow,
  observeListRect,
  scrollList,
} from '../measure-after-layout';
import { DayHeading } from './day-heading';
import { PaperRow } from './paper-row';
import { PRERENDERED_LIST_RECT } from '../../digest/prerender-seed';
import { usePrerenderedDigest } from '../../digest/prerendered-digest';

const DAY_ESTIMATE = 40;
/**
 * A paper row is 154-240 px tall, most often 196 (two-line titles and snippets, a line of tags).
 * Estimated a little short, the first frame never leaves a gap, yet lays out only the rows a
 * screen holds: at 112 px it laid out ten rows for the four a desktop list shows.
 */
const PAPER_ESTIMATE = 180;

export interface PaperListProps {
  /** The papers to list, already filtered, in digest order. */
  entries: readonly DigestEntry[];
  /** `groupByDay(entries)`, where the caller has it already. */
  days?: readonly Day[];
  /** The paper open in the detail pane, from the URL. */
  selectedId: string | null;
  /** Tag filter key, kept in the rows' links. */
  tag: string | null;
  /** Detail view, kept in the rows' links. */
  view: ViewMode;
  /** Which list this is, kept in the rows' links so a paper opens beside the same list. */
  list?: ListKind;
  /** What the list shows, e.g. `전체 논문` or `#llm`; the paper count follows it. */
  heading: string;
  /** False lists the papers in the order given, without day headings. */
  grouped?: boolean;
  /** Oldest day first instead of newest. */
  oldestFirst?: boolean;
  /** The list's other filters as a query string, kept in the rows' links. */
  filters?: string;
  /** The search box's text, whose matches are marked in each row. */
  query?: string;
  /** The paper the keyboard cursor (j/k) is on; the list keeps it in view. */
  cursorId?: string | null;
  read: ReadonlySet<string>;
  bookmarked: ReadonlySet<string>;
  onToggleBookmark: (entry: DigestEntry) => void;
}

/**
 * The papers grouped by day, newest first, in a virtual list that scrolls by itself: it fills the
 * height its parent gives it and renders only the rows near the viewport.
 */
export const PaperList = memo(function PaperList({
  entries,
  days,
  selectedId,
  tag,
  view,
  list = 'all',
  heading,
  grouped = true,
  oldestFirst = false,
  filters = '',
  query = '',
  cursorId = null,
  read,
  bookmarked,
  onToggleBookmark,
}: PaperListProps) {
  const headingId = useId();
  const scrollElement = useRef<HTMLDivElement>(null);
  const rows = useMemo(
    () => listRows(entries, { grouped, read, oldestFirst, ...(days && { days }) }),
    [entries, days, grouped, read, oldestFirst],
  );
  const dayIndexes = useMemo(() => {
    const indexes: number[] = [];
    rows.forEach((row, index) => {
      if (row.kind === 'day') indexes.push(index);
    });
    return indexes;
  }, [rows]);
  const selectedIndex = useMemo(() => rowIndex(rows, selectedId), [rows, selectedId]);
  const cursorIndex = useMemo(() => rowIndex(rows, cursorId), [rows, cursorId]);

  const estimateSize = useCallback(
    (index: number) => (rows[index]?.kind === 'day' ? DAY_ESTIMATE : PAPER_ESTIMATE),
    [rows],
  );
  const getItemKey = useCallback((index: number) => rows[index]?.key ?? index, [rows]);
  // The rows rendered above the viewport can start partway through a day, whose heading row is
  // further up: that heading is rendered too, so that a screen reader meets every paper (h4) under
  // its day (h3). The heading of the day at the top of the viewport, which stays pinned there, is
  // that one or comes after it.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      const first = indexes[0];
      const leading = first === undefined ? undefined : dayRowOf(dayIndexes, first);
      return leading === undefined || leading === first ? indexes : [leading, ...indexes];
    },
    [dayIndexes],
  );

  // The first frame lays out only the rows in view; the rows around them follow a frame later.
  const painted = useAfterFirstPaint();

  // Read once: the virtualizer uses it only until the list reports its own size. A page rendered
  // ahead of time was rendered with a fixed size, which taking it over must render again.
  const prerendered = usePrerenderedDigest() !== null;
  const [initialRect] = useState(() => (prerendered ? PRERENDERED_LIST_RECT : initialListRect()));

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollElement.current,
    estimateSize,
    getItemKey,
    rangeExtractor,
    overscan: painted ? 8 : 0,
    // A row under the pinned day heading is not in view.
    scrollPaddingStart: DAY_ESTIMATE,
    initialRect,
    observeElementRect: observeListRect,
    measureElement: measureRow,
    scrollToFn: scrollList,
  });

  // Only a new selection (or the selected row moving, when the list changes) scrolls, so the
  // reader's own scrolling is never undone; and a row they can already see stays where it is,
  // under their pointer. Only a rendered row in a list that has been laid out has a measured
  // place: before that (a deep link), estimates could call a row visible that is not.
  useEffect(() => {
    if (selectedId === null || selectedIndex < 0) return;
    const rendered =
      isListLaidOut(scrollElement.current) &&
      virtualizer.elementsCache.get(paperKey(selectedId))?.isConnected === true;
    if (rendered && virtualizer.getOffsetForIndex(selectedIndex, 'auto')?.[1] === 'auto') return;
    virtualizer.scrollToIndex(selectedIndex, { align: 'center' });
  }, [selectedId, selectedIndex, virtualizer]);

  // The keyboard cursor moves one row at a time; keeping it just in view reads calmly.
  useEffect(() => {
    if (cursorIndex >= 0) virtualizer.scrollToIndex(cursorIndex, { align: 'auto' });
  }, [cursorIndex, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const topIndex = virtualizer.range?.startIndex;
  const pinned = topIndex === undefined ? undefined : dayRowOf(dayIndexes, topIndex);

  return (
    <section
      aria-labelledby={headingId}
      className="flex h-full min-h-0 flex-col bg-white text-zinc-900 dark:bg-zinc-950 dark:text-zinc-100"
    >
      <h2
        id={headingId}
        className="border-b border-zinc-200 px-4 py-3 text-base font-semibold break-words dark:border-zinc-800"
      >
        {heading}{' '}
        <span className="text-sm font-normal text-zinc-600 tabular-nums dark:text-zinc-400">
          {formatCount(entries.length)}편
        </span>
      </h2>
      <div ref={scrollElement} className="min-h-0 flex-1 scroll-pt-12 overflow-y-auto">
        {rows.length === 0 ? (
          <p className="px-4 py-12 text-center text-[15px] text-zinc-600 dark:text-zinc-400">
            이 조건에 맞는 논문이 없습니다.
          </p>
        ) : (
          <div
            role="list"
            aria-label="논문 목록"
            className="relative w-full"
            style={{ height: virtualizer.getTotalSize() }}
          >
            {items.map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              // The pinned heading stays in the flow at the top, where `sticky` holds it; every
              // other row is placed absolutely. Later headings paint over it as they arrive.
              const isPinned = item.index === pinned;
              return (
                <div
                  key={item.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  role="listitem"
                  aria-posinset={item.index + 1}
                  aria-setsize={rows.length}
                  className={
                    isPinned
                      ? 'sticky top-0 z-10'
                      : `absolute inset-x-0 top-0 ${row.kind === 'day' ? 'z-10' : ''}`
                  }
                  style={isPinned ? undefined : { transform: `translateY(${item.start}px)` }}
                >
                  {row.kind === 'day' ? (
                    <DayHeading date={row.date} count={row.count} read={row.read} />
                  ) : (
                    <PaperRow
                      entry={row.entry}
                      headingLevel={grouped ? 4 : 3}
                      href={paperPath(row.entry.id, { tag, view, list, filters })}
                      query={query}
                      fromList={selectedId === null}
                      selected={row.entry.id === selectedId}
                      cursor={row.entry.id === cursorId}
                      read={read.has(row.entry.id)}
                      bookmarked={bookmarked.has(row.entry.id)}
                      onToggleBookmark={onToggleBookmark}
                    />
                  )}
                </div>
              );
            })}
          </div>
        )}
      </div>
    </section>
  );
});

/** The row of the paper with this id; -1 for none, without a look through every row. */
function rowIndex(rows: readonly ListRow[], id: string | null): number {
  return id === null ? -1 : rows.findIndex((row) => row.kind === 'paper' && row.entry.id === id);
}
