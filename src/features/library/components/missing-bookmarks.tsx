import type { Bookmark } from '../../../library';
import { formatKoreanDate } from '../../../catalog';
import { useLibrary } from '../use-library';
import { PaperTitle } from '../../../components/ui/markdown-title';

/**
 * Bookmarks whose paper this digest does not hold (the digest changed, or another one is open):
 * kept, shown with the title saved with them, and removable only on purpose.
 */
export function MissingBookmarks({ bookmarks }: { bookmarks: readonly Bookmark[] }) {
  const { store } = useLibrary();
  if (bookmarks.length === 0) return null;
  return (
    <section
      className="border-t border-zinc-200 px-4 py-3 dark:border-zinc-800"
      aria-labelledby="missing-bookmarks"
    >
      <h3 id="missing-bookmarks" className="text-sm font-semibold">
        이 다이제스트에 없는 책갈피 {bookmarks.length}개
      </h3>
      <ul className="mt-2 space-y-2">
        {bookmarks.map((bookmark) => (
          <li key={bookmark.id} className="flex items-start justify-between gap-2 text-sm">
            <span>
              <span lang="en" className="font-semibold">
                <PaperTitle title={bookmark.title} />
              </span>{' '}
              <span className="text-zinc-600 dark:text-zinc-400">
                {formatKoreanDate(bookmark.date)} · 다이제스트에 없음
              </span>
            </span>
            <button
              type="button"
              onClick={() => store.toggleBookmark(bookmark)}
              className="shrink-0 rounded-md px-2 py-0.5 text-red-700 hover:bg-red-50 dark:text-red-300 dark:hover:bg-red-500/10"
            >
              삭제
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
