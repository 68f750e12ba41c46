import {
  memo,
  useCallback,
  useDeferredValue,
  useId,
  useMemo,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { Link } from 'react-router';
import { useAfterFirstPaint } from '../../../components/ui/use-after-first-paint';
import { sortTags, tagKey, type TagCount, type TagOrder } from '../../../catalog';
import { loadTagOrder, saveTagOrder } from '../../../library';
import { formatCount } from '../../../text';
import { homePath, tagPath, type ListKind } from '../../navigation/paths';
import { trendsPath } from '../../trends/trend-paths';

/** Where the sidebar's links lead; the app builds them so they keep the rest of the list's state. */
export interface TagLinks {
  /** Following a tag: adds it to the selection, or takes it out. */
  toggle: (key: string) => string;
  /** The exclude control: leaves out papers with the tag, or stops leaving them out. */
  exclude?: (key: string) => string;
  /** "All papers": no tag filters. */
  all: string;
  /** With two or more tags selected: whether a paper needs all of them or any. */
  mode: { current: 'and' | 'or'; and: string; or: string };
}

const DEFAULT_LINKS: TagLinks = {
  toggle: tagPath,
  all: homePath(),
  mode: { current: 'and', and: homePath(), or: homePath() },
};

export interface TagSidebarProps {
  /** From `countTags(entries)`: counts, the most common spelling, most used first. */
  tags: TagCount[];
  /** Number of papers the first link leads to: the current result without its tag filters. */
  totalCount: number;
  /** Tag keys the list is filtered by. */
  selected: readonly string[];
  /** Tag keys the list leaves out. */
  excluded?: readonly string[];
  links?: TagLinks;
  /** The list the reader is in; "전체 논문" is current only in the list of all papers. */
  list?: ListKind;
  /**
   * A paper of the list is open. The paper is then the page, so the list's items are marked as the
   * current list (`aria-current="true"`) rather than as the current page.
   */
  paperOpen?: boolean;
  /** Called after a link is followed, e.g. to close a drawer. */
  onNavigate?: () => void;
}

const ORDERS: { order: TagOrder; label: string }[] = [
  { order: 'count', label: '많은 순' },
  { order: 'name', label: '가나다순' },
];

/** How the items of the list the reader is in are marked; see `paperOpen`. */
type Current = 'page' | 'true';

/** Inside the element so that an outline in a clipping, scrolling column is never cut off. */
const FOCUS_RING =
  'focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-500 dark:focus-visible:outline-indigo-400';

const ROW = `flex items-baseline gap-2 rounded-md px-2 py-1.5 ${FOCUS_RING}`;
const ROW_IDLE =
  'text-zinc-700 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-zinc-100';
const ROW_SELECTED =
  'bg-indigo-50 font-semibold text-indigo-900 dark:bg-indigo-500/15 dark:text-indigo-200';
const COUNT = 'ml-auto shrink-0 tabular-nums';
const COUNT_IDLE = 'text-zinc-600 dark:text-zinc-400';
const COUNT_SELECTED = 'text-indigo-700 dark:text-indigo-300';

/**
 * A modified or middle click opens the link elsewhere and leaves this page as it is, so a drawer
 * holding the sidebar should stay open then.
 */
function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.altKey && !event.ctrlKey && !event.shiftKey;
}

function CheckIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className="size-3.5 shrink-0 self-center"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M3.5 8.5l3 3 6-7" />
    </svg>
  );
}

/** Rows rarely change while the reader types, so a long list skips re-rendering most of them. */
const TagLink = memo(function TagLink({
  tag,
  selected,
  excluded,
  links,
  current,
  onClick,
}: {
  tag: TagCount;
  selected: boolean;
  excluded: boolean;
  links: TagLinks;
  current: Current;
  onClick: (event: MouseEvent) => void;
}) {
  return (
    <div className="flex items-stretch gap-0.5">
      <Link
        to={excluded && links.exclude ? links.exclude(tag.key) : links.toggle(tag.key)}
        aria-current={selected ? current : undefined}
        onClick={onClick}
        className={`${ROW} min-w-0 flex-1 ${selected ? ROW_SELECTED : ROW_IDLE}`}
      >
        {/* Screen readers would read the hash as "number sign" before every tag. */}
        <span className={`min-w-0 wrap-break-word ${excluded ? 'line-through' : ''}`}>
          <span aria-hidden="true">#</span>
          {tag.label}
          {excluded && <span className="sr-only"> (제외됨)</span>}
        </span>
        {selected && <CheckIcon />}{' '}
        <span className={`${COUNT} ${selected ? COUNT_SELECTED : COUNT_IDLE}`}>
          {formatCount(tag.count)}
          <span className="sr-only">편</span>
        </span>
      </Link>
      {!selected && links.exclude && (
        <Link
          to={links.exclude(tag.key)}
          onClick={onClick}
          aria-label={excluded ? `#${tag.label} 제외 해제` : `#${tag.label} 제외`}
          title={excluded ? '제외 해제' : '이 태그가 붙은 논문 제외'}
          className={`flex w-7 shrink-0 items-center justify-center rounded-md ${FOCUS_RING} ${
            excluded
              ? 'bg-red-50 text-red-700 dark:bg-red-500/15 dark:text-red-300'
              : 'text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100'
          }`}
        >
          <span aria-hidden="true">−</span>
        </Link>
      )}
    </div>
  );
});

interface SearchableTag {
  tag: TagCount;
  /** The label as the search compares it. */
  text: string;
}

/**
 * Rows that do not match are hidden, not unmounted: clearing the search of a long list then only
 * flips attributes instead of building thousands of links again. Memoised so that a keystroke,
 * whose filtering is deferred, does not walk the whole list before the input shows it.
 */
const TagList = memo(function TagList({
  items,
  matches,
  selected,
  excluded,
  links,
  current,
  onClick,
  hidden,
}: {
  items: readonly SearchableTag[];
  /** Keys of the tags to show, or null for all. */
  matches: ReadonlySet<string> | null;
  selected: ReadonlySet<string>;
  excluded: ReadonlySet<string>;
  links: TagLinks;
  current: Current;
  onClick: (event: MouseEvent) => void;
  hidden: boolean;
}) {
  return (
    <ul hidden={hidden} className="flex flex-col gap-px">
      {items.map(({ tag }) => (
        <li
          key={tag.key}
          hidden={matches !== null && !matches.has(tag.key)}
          // Archives carry hundreds of tags: the browser lays out only those near the view.
          className="[contain-intrinsic-size:auto_2rem] [content-visibility:auto]"
        >
          <TagLink
            tag={tag}
            selected={selected.has(tag.key)}
            excluded={excluded.has(tag.key)}
            links={links}
            current={current}
            onClick={onClick}
          />
        </li>
      ))}
    </ul>
  );
});

const NO_TAGS: SearchableTag[] = [];
const TOP_TAGS = 60;

export function TagSidebar({
  tags,
  totalCount,
  selected,
  excluded = [],
  links = DEFAULT_LINKS,
  list = 'all',
  paperOpen = false,
  onNavigate,
}: TagSidebarProps) {
  const selectedSet = useMemo(() => new Set(selected), [selected]);
  const excludedSet = useMemo(() => new Set(excluded), [excluded]);
  const searchId = useId();
  const [query, setQuery] = useState('');
  // A personal preference, not part of what a link shares: kept in this browser, not the URL.
  const [order, setOrder] = useState<TagOrder>(loadTagOrder);
  // The input answers every keystroke at once; the long list follows when the browser has time.
  const deferredQuery = useDeferredValue(query);

  // Search text is normalised once per list, not once per keystroke.
  const sorted = useMemo(
    (): SearchableTag[] => sortTags(tags, order).map((tag) => ({ tag, text: tagKey(tag.label) })),
    [tags, order],
  );
  const needle = tagKey(deferredQuery.trim()).replace(/^#/, '');
  const matches = useMemo(
    () =>
      needle
        ? new Set(sorted.filter(({ text }) => text.includes(needle)).map(({ tag }) => tag.key))
        : null,
    [sorted, needle],
  );
  const matchCount = matches ? matches.size : sorted.length;
  // Hundreds of tags are the largest part of the page: they follow the first paint of the list,
  // and later changes of their counts render in slices.
  const painted = useAfterFirstPaint();
  const shownItems = useDeferredValue(painted ? sorted : NO_TAGS, NO_TAGS);
  // The most used tags cover most reading; the rest are a click (or a search) away, which keeps
  // an archive's page small. Chosen and excluded tags are always listed.
  const [showAll, setShowAll] = useState(false);
  const listedItems = useMemo(
    () =>
      showAll || shownItems.length <= TOP_TAGS
        ? shownItems
        : shownItems.filter(
            ({ tag }, index) =>
              index < TOP_TAGS || selectedSet.has(tag.key) || excludedSet.has(tag.key),
          ),
    [showAll, shownItems, selectedSet, excludedSet],
  );
  const items = matches ? shownItems : listedItems;
  const moreCount = shownItems.length - listedItems.length;

  const handleClick = useCallback(
    (event: MouseEvent) => {
      if (isPlainClick(event)) onNavigate?.();
    },
    [onNavigate],
  );

  function chooseOrder(next: TagOrder) {
    saveTagOrder(next);
    setOrder(next);
  }

  function handleSearchKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // An input method takes Escape to cancel its composition, leaving the rest of the text.
    if (event.key !== 'Escape' || event.nativeEvent.isComposing || query === '') return;
    // Only the search is cleared; a drawer listening for Escape stays open until the next press.
    event.preventDefault();
    event.stopPropagation();
    setQuery('');
  }

  let status = '';
  if (matchCount === 0) status = needle ? '일치하는 태그가 없습니다' : '태그가 없습니다';
  else if (needle) status = `태그 ${formatCount(matchCount)}개`;

  const allSelected = list === 'all' && selected.length === 0 && excluded.length === 0;
  const current: Current = paperOpen ? 'true' : 'page';

  return (
    <nav aria-label="태그" className="flex flex-col gap-3 p-3 text-sm">
      <div className="flex items-baseline justify-between gap-2 px-2 pt-1">
        <h2 className="text-sm font-semibold text-zinc-700 dark:text-zinc-300">태그</h2>
        <Link
          to={trendsPath()}
          onClick={handleClick}
          className={`rounded text-xs text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300 ${FOCUS_RING}`}
        >
          태그 추이
        </Link>
      </div>

      <Link
        to={links.all}
        aria-current={allSelected ? current : undefined}
        onClick={handleClick}
        className={`${ROW} ${allSelected ? ROW_SELECTED : ROW_IDLE}`}
      >
        {/* In the bookmarks it leads to every bookmark, not to every paper. */}
        <span className="min-w-0">{list === 'bookmarks' ? '모든 책갈피' : '전체 논문'}</span>
        {allSelected && <CheckIcon />}{' '}
        <span className={`${COUNT} ${allSelected ? COUNT_SELECTED : COUNT_IDLE}`}>
          {formatCount(totalCount)}
          <span className="sr-only">편</span>
        </span>
      </Link>

      <div className="flex flex-col gap-2 px-2">
        <label htmlFor={searchId} className="sr-only">
          태그 찾기
        </label>
        <input
          id={searchId}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={handleSearchKeyDown}
          placeholder="태그 찾기"
          autoComplete="off"
          spellCheck={false}
          className={`w-full rounded-md border border-zinc-500 bg-white px-2.5 py-1.5 text-zinc-900 placeholder:text-zinc-500 dark:border-zinc-500 dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-400 ${FOCUS_RING}`}
        />

        <div
          role="group"
          aria-label="정렬"
          className="grid grid-cols-2 gap-0.5 rounded-md bg-zinc-100 p-0.5 text-xs dark:bg-zinc-800"
        >
          {ORDERS.map((option) => {
            const pressed = order === option.order;
            return (
              <button
                key={option.order}
                type="button"
                aria-pressed={pressed}
                onClick={() => chooseOrder(option.order)}
                className={`rounded px-2 py-1 ${FOCUS_RING} ${
                  pressed
                    ? 'bg-white font-semibold text-zinc-900 shadow-sm dark:bg-zinc-600 dark:text-white'
                    : 'text-zinc-600 hover:text-zinc-900 dark:text-zinc-300 dark:hover:text-white'
                }`}
              >
                {option.label}
              </button>
            );
          })}
        </div>
      </div>

      {selected.length > 1 && (
        <div
          role="group"
          aria-label="여러 태그"
          className="mx-2 grid grid-cols-2 gap-0.5 rounded-md bg-zinc-100 p-0.5 text-xs dark:bg-zinc-800"
        >
          {(
            [
              ['and', '모두 포함', links.mode.and],
              ['or', '하나라도 포함', links.mode.or],
            ] as const
          ).map(([mode, label, href]) => {
            const current = links.mode.current === mode;
            return (
              <Link
                key={mode}
                to={href}
                aria-current={current ? 'true' : undefined}
                className={`rounded px-2 py-1 text-center ${FOCUS_RING} ${
                  current
                    ? 'bg-white font-semibold text-zinc-900 shadow-sm dark:bg-zinc-600 dark:text-white'
                    : 'text-zinc-600 hover:text-zinc-900 dark:text-zinc-300 dark:hover:text-white'
                }`}
              >
                {label}
              </Link>
            );
          })}
        </div>
      )}

      {/* Always present, so that screen readers announce the result as the reader types. */}
      <p role="status" className="px-2 text-xs text-zinc-600 empty:sr-only dark:text-zinc-400">
        {status}
      </p>

      <TagList
        items={items}
        matches={matches}
        selected={selectedSet}
        excluded={excludedSet}
        links={links}
        current={current}
        onClick={handleClick}
        hidden={matchCount === 0}
      />
      {!matches && (moreCount > 0 || showAll) && shownItems.length > TOP_TAGS && (
        <button
          type="button"
          aria-expanded={showAll}
          onClick={() => setShowAll(!showAll)}
          className={`mx-2 rounded-md px-2 py-1.5 text-left text-sm text-indigo-700 hover:bg-indigo-50 dark:text-indigo-300 dark:hover:bg-indigo-500/10 ${FOCUS_RING}`}
        >
          {showAll ? '많이 쓰인 태그만 보기' : `태그 ${formatCount(moreCount)}개 더 보기`}
        </button>
      )}
    </nav>
  );
}
