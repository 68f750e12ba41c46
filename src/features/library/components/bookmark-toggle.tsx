import { BOOKMARK_FOR_ATTRIBUTE } from '../../../library/bookmark-boot';

export interface BookmarkToggleProps {
  /** The paper's id, by which a page rendered ahead of time presses it before the app loads. */
  paperId: string;
  bookmarked: boolean;
  onToggle: () => void;
  /** The paper's title, so that each toggle in a list has a distinct accessible name. */
  title: string;
  size?: 'small' | 'regular';
  className?: string;
}

/**
 * A star that saves a paper to the reader's bookmarks; pressed when saved. It is drawn from its
 * `aria-pressed` alone, which the boot script of a page rendered ahead of time sets for saved
 * papers before the first paint (see `bookmarkBootScript`).
 */
export function BookmarkToggle({
  paperId,
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
      {...{ [BOOKMARK_FOR_ATTRIBUTE]: paperId }}
      aria-label={`책갈피: ${title}`}
      title={bookmarked ? '책갈피에서 빼기 (b)' : '책갈피에 넣기 (b)'}
      onClick={(event) => {
        event.stopPropagation();
        onToggle();
      }}
      className={`group inline-flex shrink-0 items-center justify-center rounded-md text-zinc-500 hover:bg-zinc-100 hover:text-zinc-800 aria-pressed:text-amber-600 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100 dark:aria-pressed:text-amber-400 ${
        size === 'small' ? 'size-8' : 'h-9 gap-1.5 px-2.5 text-sm'
      } ${className}`}
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5">
        <path
          d="M10 2.5l2.3 4.7 5.2.8-3.8 3.7.9 5.2L10 14.4l-4.6 2.5.9-5.2L2.5 8l5.2-.8z"
          className="fill-none group-aria-pressed:fill-current"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinejoin="round"
        />
      </svg>
      {size === 'regular' && (
        <>
          <span className="group-aria-pressed:hidden">책갈피</span>
          <span className="hidden group-aria-pressed:inline">책갈피됨</span>
        </>
      )}
    </button>
  );
}
