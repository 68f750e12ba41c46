import { useId } from 'react';
import { formatCount } from '../../../text';
import { preloadSearchCore } from '../search-core';
import { useTypedText } from '../use-typed-text';

export interface SearchBoxProps {
  /** The query in the URL. */
  value: string;
  /**
   * Writes the query to the URL: after a pause in typing, and at once when a composition ends,
   * the box loses focus or is cleared. Spaces are passed on as typed.
   */
  onChange: (value: string) => void;
  /** Escape in the empty box: the reader is done searching and goes back to the list. */
  onLeave?: () => void;
  /** Number of matching papers, or null without a query (or while preparing). */
  count: number | null;
  /** True while there is a query but the index is not ready to answer it. */
  preparing: boolean;
}

/** One box over titles, authors, abstracts, commentary and tags, updating as you type. */
export function SearchBox({ value, onChange, onLeave, count, preparing }: SearchBoxProps) {
  const typed = useTypedText(value, onChange);
  const statusId = useId();

  return (
    <div role="search" className="flex min-w-0 flex-1 items-center gap-2">
      <input
        type="search"
        data-shortcut-search
        aria-label="논문 검색"
        aria-describedby={statusId}
        placeholder='검색: 모델, author:kim, tag:llm, -diffusion, "reward model"'
        {...typed.inputProps}
        onFocus={() => {
          typed.inputProps.onFocus();
          // The engine loads with the first query; a reader in the box is about to type one.
          preloadSearchCore();
        }}
        onKeyDown={(event) => {
          // An input method takes Escape to cancel its composition.
          if (event.key !== 'Escape' || event.nativeEvent.isComposing) return;
          event.preventDefault();
          if (typed.text) typed.replace('');
          else onLeave?.();
        }}
        className="h-9 w-full min-w-0 rounded-md border border-zinc-400 bg-white px-3 text-sm text-zinc-900 placeholder:text-zinc-500 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-400"
      />
      <span
        id={statusId}
        role="status"
        className="shrink-0 text-sm text-zinc-700 tabular-nums dark:text-zinc-300"
      >
        {preparing ? '검색 준비 중…' : count === null ? '' : `${formatCount(count)}건`}
      </span>
    </div>
  );
}
