import { useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { DigestEntry } from '../../../digest';
import { authorPath } from '../../authors/author-paths';
import { FOCUS_RING } from './styles';

/** Longer lists start collapsed; a collapsed list shows fewer, so the button always hides a few. */
const COLLAPSE_ABOVE = 12;
const SHOWN_COLLAPSED = 10;

export interface AuthorListProps {
  entry: Pick<DigestEntry, 'authors' | 'affiliation'>;
}

/**
 * The group label as a badge, then every author, wrapping, each a link to their papers; long
 * lists open on request.
 */
export function AuthorList({ entry: { authors, affiliation } }: AuthorListProps) {
  const listId = useId();
  const src = useSearchParams()[0].get('src');
  const [expanded, setExpanded] = useState(false);
  const long = authors.length > COLLAPSE_ABOVE;
  const shown = long && !expanded ? authors.slice(0, SHOWN_COLLAPSED) : authors;
  if (authors.length === 0 && !affiliation) return null;
  return (
    <div className="text-sm/6 text-zinc-700 dark:text-zinc-300">
      {affiliation && (
        <span className="me-2 inline-block rounded-md bg-indigo-50 px-2 py-0.5 text-xs/5 font-semibold text-indigo-800 ring-1 ring-indigo-200 ring-inset dark:bg-indigo-950 dark:text-indigo-200 dark:ring-indigo-800">
          <span className="sr-only">소속: </span>
          <span lang="en">{affiliation}</span>
        </span>
      )}
      {authors.length > 0 && (
        // Safari drops the list role from lists without bullets unless it is restated.
        <ul role="list" id={listId} aria-label="저자" lang="en" className="inline">
          {shown.map((name, index) => (
            <li key={index} className="inline">
              <Link
                to={authorPath(name, src)}
                className={`rounded-sm underline decoration-zinc-400 decoration-1 underline-offset-2 hover:text-indigo-700 hover:decoration-2 dark:decoration-zinc-500 dark:hover:text-indigo-300 ${FOCUS_RING}`}
              >
                {name}
              </Link>
              {index < shown.length - 1 && ', '}
            </li>
          ))}
        </ul>
      )}
      {long && !expanded && (
        <span className="text-zinc-600 dark:text-zinc-400">
          {' '}
          외 {authors.length - SHOWN_COLLAPSED}명
        </span>
      )}
      {long && (
        <>
          {' '}
          <button
            type="button"
            aria-expanded={expanded}
            aria-controls={listId}
            onClick={() => setExpanded(!expanded)}
            className={`rounded-sm text-indigo-700 underline decoration-1 underline-offset-2 hover:decoration-2 dark:text-indigo-300 ${FOCUS_RING}`}
          >
            {expanded ? '저자 목록 접기' : `저자 ${authors.length}명 모두 보기`}
          </button>
        </>
      )}
    </div>
  );
}
