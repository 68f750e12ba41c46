export interface BookmarkToggleProps {
  bookmarked: boolean;
  onToggle: () => void;
  /** The paper's title, so that each toggle in a list has a distinct accessible name. */
  title: string;
  size?: 'small' | 'regular';
  className?: string;
}

/** A star that saves a paper to the reader's bookmarks; pressed when saved. */
export function BookmarkToggle({
  bookmarked,
  onToggle,
  title,
  size = 'regular',
  className = '',
}: BookmarkToggleProps) {
  return (
    <button
      type="button"
      aria-pressed={bookmarked}
      aria-label={`책갈피: ${title}`}
      title={bookmarked ? '책갈피에서 빼기 (b)' : '책갈피에 넣기 (b)'}
      onClick={(event) => {
        event.stopPropagation();
        onToggle();
      }}
      className={`inline-flex shrink-0 items-center justify-center rounded-md text-zinc-500 hover:bg-zinc-100 hover:text-zinc-800 aria-pressed:text-amber-600 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100 dark:aria-pressed:text-amber-400 ${
        size === 'small' ? 'size-8' : 'h-9 gap-1.5 px-2.5 text-sm'
      } ${className}`}
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5">
        <path
          d="M10 2.5l2.3 4.7 5.2.8-3.8 3.7.9 5.2L10 14.4l-4.6 2.5.9-5.2L2.5 8l5.2-.8z"
          fill={bookmarked ? 'currentColor' : 'none'}
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinejoin="round"
        />
      </svg>
      {size === 'regular' && <span>{bookmarked ? '책갈피됨' : '책갈피'}</span>}
    </button>
  );
}
