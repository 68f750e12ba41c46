import { Link } from 'react-router';
import type { DigestEntry } from '../../../digest';
import { HighlightedText } from '../../../components/ui/highlighted-text';
import { PaperTitle, usePlainTitle } from '../../../components/ui/markdown-title';
import { highlights } from '../../../search/highlight';
import { BookmarkToggle } from '../../library/components/bookmark-toggle';
import { OPENED_FROM_LIST } from '../../navigation/paths';

const SHOWN_AUTHORS = 3;

export interface PaperRowProps {
  entry: DigestEntry;
  /** Where the row leads: the paper, keeping the list's filter and the detail view. */
  href: string;
  /** The paper open in the detail pane. */
  selected: boolean;
  /** The paper the keyboard cursor (j/k) is on. */
  cursor: boolean;
  read: boolean;
  bookmarked: boolean;
  onToggleBookmark: (entry: DigestEntry) => void;
  /** 4 under a day's heading (h3); 3 in a list without day headings, right under its h2. */
  headingLevel?: 3 | 4;
  /** The search box's text; its matches in the title and the snippet are marked. */
  query?: string;
  /**
   * No paper is open beside the list, so the paper this row opens comes straight from the list
   * and its way back can go back in history.
   */
  fromList?: boolean;
}

export function PaperRow({
  entry,
  href,
  selected,
  cursor,
  read,
  bookmarked,
  onToggleBookmark,
  headingLevel = 4,
  query = '',
  fromList = false,
}: PaperRowProps) {
  const snippet = entry.commentary.split('\n', 1)[0] ?? '';
  const marks = query.trim() ? highlights(entry, query) : null;
  const plainTitle = usePlainTitle(entry.title);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div
      data-read={read || undefined}
      className={`group relative border-b border-l-4 border-b-zinc-200 py-3 pr-12 pl-4 dark:border-b-zinc-800 ${
        selected
          ? 'border-l-indigo-600 bg-indigo-50 dark:border-l-indigo-400 dark:bg-indigo-950'
          : 'border-l-transparent hover:bg-zinc-50 dark:hover:bg-zinc-900'
      } ${cursor ? 'ring-2 ring-indigo-500 ring-inset' : ''}`}
    >
      <BookmarkToggle
        paperId={entry.id}
        bookmarked={bookmarked}
        onToggle={() => onToggleBookmark(entry)}
        title={plainTitle}
        size="small"
        className="absolute top-2.5 right-2 z-10"
      />
      <Heading
        lang="en"
        className={`text-base leading-snug font-semibold ${
          read ? 'text-zinc-600 dark:text-zinc-400' : 'text-zinc-900 dark:text-zinc-50'
        }`}
      >
        {read && <span className="sr-only">읽음: </span>}
        {/* The link's ::after covers the whole row, so the row is one click target while the
            link's name stays the title alone and the tags need no links of their own. */}
        <Link
          to={href}
          state={fromList ? OPENED_FROM_LIST : undefined}
          aria-current={selected ? 'page' : undefined}
          className="after:absolute after:inset-0 focus-visible:outline-none focus-visible:after:ring-2 focus-visible:after:ring-indigo-600 focus-visible:after:ring-inset dark:focus-visible:after:ring-indigo-400"
        >
          <PaperTitle title={entry.title} ranges={marks?.title ?? []} />
        </Link>
      </Heading>
      <Authors authors={entry.authors} />
      {snippet && (
        <p
          lang="ko"
          className="mt-1.5 line-clamp-2 text-[15px] leading-relaxed text-zinc-700 dark:text-zinc-300"
        >
          <HighlightedText text={snippet} ranges={marks?.commentary ?? []} />
        </p>
      )}
      {entry.tags.length > 0 && (
        <div className="mt-2 flex flex-wrap gap-1.5">
          {entry.tags.map((tag, index) => (
            <span
              key={`${index}:${tag}`}
              className="rounded-full bg-zinc-100 px-2 py-0.5 text-xs text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300"
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
