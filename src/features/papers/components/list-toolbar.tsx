import { useSearchParams } from 'react-router';
import type { ListKind } from '../../navigation/paths';

const TOGGLE =
  'rounded-md px-2.5 py-1 text-sm font-medium text-zinc-700 hover:bg-zinc-100 aria-pressed:bg-indigo-50 aria-pressed:text-indigo-900 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:aria-pressed:bg-indigo-500/15 dark:aria-pressed:text-indigo-200';

/** Filters and order of the list, kept in the URL so that a reload keeps them. */
export function ListToolbar({
  list,
  sort,
  unreadOnly,
}: {
  list: ListKind;
  sort: 'saved' | 'date';
  unreadOnly: boolean;
}) {
  const [search, setSearch] = useSearchParams();
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(search);
    if (value === null) next.delete(key);
    else next.set(key, value);
    setSearch(next, { replace: true });
  };
  return (
    <div className="flex flex-wrap items-center gap-1 border-b border-zinc-200 px-3 py-2 dark:border-zinc-800">
      <button
        type="button"
        aria-pressed={unreadOnly}
        onClick={() => set('unread', unreadOnly ? null : '1')}
        className={TOGGLE}
      >
        안 읽은 것만
      </button>
      {list === 'bookmarks' && (
        <div role="group" aria-label="정렬" className="ml-auto flex gap-1">
          <button
            type="button"
            aria-pressed={sort === 'saved'}
            onClick={() => set('sort', null)}
            className={TOGGLE}
          >
            저장한 순
          </button>
          <button
            type="button"
            aria-pressed={sort === 'date'}
            onClick={() => set('sort', 'date')}
            className={TOGGLE}
          >
            논문 날짜순
          </button>
        </div>
      )}
    </div>
  );
}
