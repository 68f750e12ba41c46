import { Link } from 'react-router';
import type { DigestEntry } from '../../../digest';

const SHOWN_AUTHORS = 3;

export interface PaperRowProps {
  entry: DigestEntry;
  /** Where the row leads: the paper, keeping the list's filter and the detail view. */
  href: string;
  /** The paper open in the detail pane. */
  selected: boolean;
}

export function PaperRow({ entry, href, selected }: PaperRowProps) {
  const snippet = entry.commentary.split('\n', 1)[0]?.trim() ?? '';
  return (
    <div
      className={`relative border-b border-l-4 border-b-zinc-200 px-4 py-3 dark:border-b-zinc-800 ${
        selected
          ? 'border-l-indigo-600 bg-indigo-50 dark:border-l-indigo-400 dark:bg-indigo-950'
          : 'border-l-transparent hover:bg-zinc-50 dark:hover:bg-zinc-900'
      }`}
    >
      <h4
        lang="en"
        className="text-base leading-snug font-semibold text-zinc-900 dark:text-zinc-50"
      >
        {/* The link's ::after covers the whole row, so the row is one click target while the
            link's name stays the title alone and the tags need no links of their own. */}
        <Link
          to={href}
          aria-current={selected ? 'page' : undefined}
          className="after:absolute after:inset-0 focus-visible:outline-none focus-visible:after:ring-2 focus-visible:after:ring-indigo-600 focus-visible:after:ring-inset dark:focus-visible:after:ring-indigo-400"
        >
          {entry.title}
        </Link>
      </h4>
      <Authors authors={entry.authors} />
      {snippet && (
        <p
          lang="ko"
          className="mt-1.5 line-clamp-2 text-[15px] leading-relaxed text-zinc-700 dark:text-zinc-300"
        >
          {snippet}
        </p>
      )}
      {entry.tags.length > 0 && (
        <div className="mt-2 flex flex-wrap gap-1.5">
          {entry.tags.map((tag, index) => (
            <span
              key={`${index}:${tag}`}
              className="rounded-full bg-zinc-100 px-2 py-0.5 text-xs font-medium text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300"
            >
              #{tag}
            </span>
          ))}
        </div>
      )}
    </div>
  );
}

function Authors({ authors }: { authors: readonly string[] }) {
  if (authors.length === 0) return null;
  const more = authors.length - SHOWN_AUTHORS;
  return (
    <p lang="en" className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
      {authors.slice(0, SHOWN_AUTHORS).join(', ')}
      {more > 0 && <span lang="ko">{` 외 ${more}명`}</span>}
    </p>
  );
}
