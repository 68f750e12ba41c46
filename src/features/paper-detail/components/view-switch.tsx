import { Link, useLocation } from 'react-router';
import { paperPath, VIEW_MODES, type ViewMode } from '../../navigation/paths';
import { FOCUS_RING } from './styles';

const LABELS: Record<ViewMode, string> = { both: '둘 다', abstract: '초록', commentary: '해설' };

export interface ViewSwitchProps {
  id: string;
  tag: string | null;
  view: ViewMode;
}

/** Links rather than buttons: the view is part of the URL, so it can be shared and bookmarked. */
export function ViewSwitch({ id, tag, view }: ViewSwitchProps) {
  // Whatever else the URL holds (the list's search, tags, dates) stays as it is.
  const kept = new URLSearchParams(useLocation().search);
  kept.delete('view');
  kept.delete('tag');
  const filters = kept.toString();
  return (
    <nav aria-label="보기 방식">
      <ul
        role="list"
        className="inline-flex gap-1 rounded-lg bg-zinc-100 p-1 ring-1 ring-zinc-200 ring-inset dark:bg-zinc-800 dark:ring-zinc-700"
      >
        {VIEW_MODES.map((mode) => {
          const current = mode === view;
          return (
            <li key={mode}>
              <Link
                to={paperPath(id, { tag, view: mode, filters })}
                // A view change is a toggle, not a step: Back should leave the paper, and the
                // reader keeps their place in it.
                replace
                preventScrollReset
                aria-current={current ? 'page' : undefined}
                className={`block rounded-md px-3 py-1 text-sm ${FOCUS_RING} ${
                  current
                    ? 'bg-white font-semibold text-indigo-700 shadow-sm ring-1 ring-zinc-300 dark:bg-zinc-950 dark:text-indigo-300 dark:ring-zinc-600'
                    : 'text-zinc-700 hover:bg-zinc-200 hover:text-zinc-950 dark:text-zinc-300 dark:hover:bg-zinc-700 dark:hover:text-white'
                }`}
              >
                {LABELS[mode]}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
