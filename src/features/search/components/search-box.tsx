import { useId, useState } from 'react';
import { formatCount } from '../../../text';

export interface SearchBoxProps {
  /** The query in the URL. */
  value: string;
  /** Called on every keystroke; the app writes it to the URL. */
  onChange: (value: string) => void;
  /** Number of matching papers, or null without a query (or while preparing). */
  count: number | null;
  /** True while there is a query but the index is not ready to answer it. */
  preparing: boolean;
}

/** One box over titles, authors, abstracts, commentary and tags, updating as you type. */
export function SearchBox({ value, onChange, count, preparing }: SearchBoxProps) {
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  const statusId = useId();
  // The URL can change under the box (back button, a link): follow it.
  if (value !== shown) {
    setShown(value);
    setText(value);
  }

  return (
    <div role="search" className="flex min-w-0 flex-1 items-center gap-2">
      <input
        type="search"
        data-shortcut-search
        aria-label="논문 검색"
        aria-describedby={statusId}
        value={text}
        placeholder='검색: 모델, author:kim, tag:llm, -diffusion, "reward model"'
        onChange={(event) => {
          setText(event.target.value);
          setShown(event.target.value);
          onChange(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && text) {
            event.preventDefault();
            setText('');
            setShown('');
            onChange('');
          }
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
