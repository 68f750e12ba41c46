import { Link } from 'react-router';
import { bookmarksPath } from '../../navigation/paths';
import { formatCount } from '../../../text';

/** The way to the reader's own papers, above the tags. */
export function LibraryLinks({
  bookmarks,
  current,
  paperOpen = false,
  onNavigate,
}: {
  bookmarks: number;
  /** The reader is in the bookmarks, on their list or on a paper opened from it. */
  current: boolean;
  /** The open paper is the page: the bookmarks are then only the current list. */
  paperOpen?: boolean;
  onNavigate?: () => void;
}) {
  return (
    <nav aria-label="내 서재" className="border-b border-zinc-200 p-3 text-sm dark:border-zinc-800">
      <Link
        to={bookmarksPath()}
        onClick={onNavigate}
        aria-current={current ? (paperOpen ? 'true' : 'page') : undefined}
        className={`flex items-center justify-between rounded-md px-2 py-1.5 ${
          current
            ? 'bg-indigo-50 font-semibold text-indigo-900 dark:bg-indigo-500/15 dark:text-indigo-200'
            : 'text-zinc-800 hover:bg-zinc-100 dark:text-zinc-200 dark:hover:bg-zinc-800'
        }`}
      >
        <span>
          <span aria-hidden="true" className="mr-1.5 text-amber-600 dark:text-amber-400">
            ★
          </span>
          책갈피
        </span>
        <span className="text-zinc-600 tabular-nums dark:text-zinc-400">
          {formatCount(bookmarks)}
          <span className="sr-only">개</span>
        </span>
      </Link>
    </nav>
  );
}
