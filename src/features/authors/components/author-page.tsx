import { useMemo } from 'react';
import { Link } from 'react-router';
import { formatKoreanDate } from '../../../catalog';
import { authorPapers } from '../../../catalog/authors';
import { PaperTitle } from '../../../components/ui/markdown-title';
import type { DigestEntry } from '../../../digest';
import { formatCount } from '../../../text';
import { authorPaperPath, authorPath, authorSearchPath, digestHomePath } from '../author-paths';
import type { AuthorPageProps } from './author-frame';

const LINK =
  'rounded-sm text-indigo-700 underline decoration-1 underline-offset-2 hover:decoration-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:text-indigo-300 dark:focus-visible:outline-indigo-400';
const MUTED = 'text-zinc-600 dark:text-zinc-400';
const SECTION_HEADING = 'text-base font-semibold tracking-tight';

function PaperDate({ date }: Pick<DigestEntry, 'date'>) {
  return date ? <time dateTime={date}>{formatKoreanDate(date)}</time> : formatKoreanDate(null);
}

/**
 * The papers of the author `name` in the digest, newest first, and the people they most often
 * wrote with. Names match across case, accents and spacing, exactly as the search's
 * `author:"<name>"` matches them, which the page links to.
 */
export default function AuthorPage({ name, catalog, complete, src }: AuthorPageProps) {
  const { papers, coauthors } = useMemo(() => authorPapers(catalog.entries, name), [catalog, name]);

  if (papers.length === 0) {
    return complete ? (
      <>
        <p className={`mt-3 ${MUTED}`}>
          이 다이제스트에는 <span lang="en">{name}</span> 저자의 논문이 없습니다. 이름을 다시 확인해
          주세요.
        </p>
        <p className="mt-6">
          <Link to={digestHomePath(src)} className={LINK}>
            전체 논문 보기
          </Link>
        </p>
      </>
    ) : (
      <p role="status" className={`mt-4 text-sm ${MUTED}`}>
        논문을 불러오는 중…
      </p>
    );
  }

  return (
    <div className="mt-4 flex flex-col gap-8">
      <p className={`text-sm ${MUTED}`}>
        이 다이제스트에 논문 {formatCount(papers.length)}편
        {!complete && <span role="status"> (더 불러오는 중…)</span>}
        {!name.includes('"') && (
          <>
            {' · '}
            <Link to={authorSearchPath(name, src)} className={LINK}>
              검색에서 보기
            </Link>
          </>
        )}
      </p>

      <section aria-labelledby="author-papers">
        <h3 id="author-papers" className={SECTION_HEADING}>
          논문
        </h3>
        <ol role="list" className="mt-3 space-y-3">
          {papers.map((paper) => (
            <li key={paper.id} className="min-w-0">
              <Link
                to={authorPaperPath(paper.id, src)}
                lang="en"
                className={`${LINK} font-medium wrap-anywhere`}
              >
                <PaperTitle title={paper.title} />
              </Link>
              <p className={`text-sm ${MUTED}`}>
                <PaperDate date={paper.date} />
                {paper.authors.length > 1 && <span lang="en"> · {paper.authors.join(', ')}</span>}
              </p>
            </li>
          ))}
        </ol>
      </section>

      {coauthors.length > 0 && (
        <section aria-labelledby="author-coauthors">
          <h3 id="author-coauthors" className={SECTION_HEADING}>
            자주 함께 쓴 저자
          </h3>
          <ul role="list" className="mt-3 flex flex-wrap gap-x-4 gap-y-2 text-sm">
            {coauthors.map((coauthor) => (
              <li key={coauthor.key}>
                <Link to={authorPath(coauthor.name, src)} lang="en" className={LINK}>
                  {coauthor.name}
                </Link>{' '}
                <span className={`${MUTED} tabular-nums`}>{formatCount(coauthor.count)}편</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
