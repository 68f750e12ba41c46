import { useId } from 'react';
import { Link } from 'react-router';
import { formatKoreanDate } from '../../../catalog';
import { PaperTitle } from '../../../components/ui/markdown-title';
import type { DigestEntry } from '../../../digest';
import { FOCUS_RING } from './styles';

export interface CitedByProps {
  /** The papers whose commentary cites this one. */
  citing: readonly DigestEntry[];
  pathTo: (id: string) => string;
  headingClassName: string;
}

/** The papers whose commentary mentions this one, to read what was said of it since. */
export function CitedBy({ citing, pathTo, headingClassName }: CitedByProps) {
  const headingId = useId();
  if (citing.length === 0) return null;
  return (
    <section
      aria-labelledby={headingId}
      className="mt-10 max-w-prose border-t border-zinc-200 pt-6 dark:border-zinc-800"
    >
      <h3 id={headingId} className={headingClassName}>
        이 논문을 언급한 글
      </h3>
      <ul role="list" className="space-y-2 text-sm/6">
        {citing.map((paper) => (
          <li key={paper.id}>
            <Link
              to={pathTo(paper.id)}
              lang="en"
              className={`rounded-sm font-medium text-indigo-700 underline decoration-1 underline-offset-2 hover:decoration-2 dark:text-indigo-300 ${FOCUS_RING}`}
            >
              <PaperTitle title={paper.title} />
            </Link>{' '}
            <span className="text-zinc-600 tabular-nums dark:text-zinc-400">
              {paper.date ? (
                <time dateTime={paper.date}>{formatKoreanDate(paper.date)}</time>
              ) : (
                formatKoreanDate(null)
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
