import { useId } from 'react';
import { Link } from 'react-router';
import type { Catalog } from '../../../catalog';
import { PaperTitle } from '../../../components/ui/markdown-title';
import type { DigestEntry } from '../../../digest';
import type { Reason } from '../../../related';
import { paperPath, type ListContext } from '../../navigation/paths';
import { RELATED_COUNT, useRelatedPapers } from '../use-related-papers';

export interface RelatedPapersProps {
  entry: DigestEntry;
  /** The digest so far. */
  catalog: Catalog | null;
  /** Whether the digest is whole: related papers are found then. */
  complete: boolean;
  /** The list the paper was opened from, kept in the links as the list's own links keep it. */
  context: ListContext;
}

const FOCUS_RING =
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:focus-visible:outline-indigo-400';
/** Each row is two lines of fixed height, so the list takes the same room before and after. */
const ROW = 'flex h-14 min-w-0 flex-col justify-center gap-0.5';
/** Authors named in a reason before the rest are counted. */
const AUTHORS_NAMED = 2;

/** What a related paper shares with the open one, in a line: tags and authors, else words. */
export function reasonText({ tags, authors, words }: Reason): string {
  const parts: string[] = [];
  if (tags.length > 0) parts.push(`같은 태그 ${tags.map((tag) => `#${tag}`).join(' ')}`);
  if (authors.length > 0) {
    const named = authors.slice(0, AUTHORS_NAMED).join(', ');
    const rest = authors.length - AUTHORS_NAMED;
    parts.push(`같은 저자 ${named}${rest > 0 ? ` 외 ${rest}명` : ''}`);
  }
  if (parts.length === 0 && words.length > 0) parts.push(`겹치는 말 ${words.join(', ')}`);
  return parts.join(' · ');
}

/**
 * "비슷한 논문": the five papers of the digest most like the open one, each with why. Until they
 * are known (the digest still loading, the index being built) the rows are held empty at their
 * final height, so that nothing below moves when they fill in, and a page rendered ahead of time
 * is taken over as it was rendered.
 */
export function RelatedPapers({ entry, catalog, complete, context }: RelatedPapersProps) {
  const headingId = useId();
  const papers = useRelatedPapers(catalog, complete, entry.id);
  const found = papers?.flatMap((paper) => {
    const related = catalog?.paper(paper.id);
    return related ? [{ entry: related, reason: reasonText(paper) }] : [];
  });
  if (found?.length === 0) return null;

  return (
    <section
      aria-labelledby={headingId}
      aria-busy={found ? undefined : true}
      className="mt-10 max-w-prose border-t border-zinc-200 pt-6 dark:border-zinc-800"
    >
      <h3
        id={headingId}
        className="mb-2 text-xs font-semibold tracking-wider text-zinc-600 dark:text-zinc-400"
      >
        비슷한 논문
      </h3>
      {found ? (
        <ul role="list">
          {found.map(({ entry: related, reason }) => (
            <li key={related.id} className={ROW}>
              <Link
                to={paperPath(related.id, context)}
                lang="en"
                className={`truncate rounded-sm text-sm font-medium text-indigo-700 hover:underline hover:underline-offset-2 dark:text-indigo-300 ${FOCUS_RING}`}
              >
                <PaperTitle title={related.title} />
              </Link>
              <p className="truncate text-xs text-zinc-600 dark:text-zinc-400">{reason}</p>
            </li>
          ))}
        </ul>
      ) : (
        <ul aria-hidden="true">
          {Array.from({ length: RELATED_COUNT }, (_, row) => (
            <li key={row} className={ROW}>
              <span className="h-3.5 w-3/4 rounded-sm bg-zinc-100 dark:bg-zinc-800" />
              <span className="h-3 w-1/3 rounded-sm bg-zinc-100 dark:bg-zinc-800" />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
