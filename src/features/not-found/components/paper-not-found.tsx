import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { DigestEntry } from '../../../digest';
import { formatKoreanDate } from '../../../catalog';
import { PaperTitle } from '../../../components/ui/markdown-title';
import { paperPath } from '../../navigation/paths';
import { AllPapersLink } from './all-papers-link';

export interface PaperNotFoundProps {
  id: string;
  /** The entries whose titles are closest to the unknown id, best first. */
  suggestions: DigestEntry[];
}

export function PaperNotFound({ id, suggestions }: PaperNotFoundProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus({ preventScroll: true }), [id]);
  return (
    <section aria-labelledby="not-found-title" className="mx-auto max-w-2xl p-6">
      <h2 id="not-found-title" ref={heading} tabIndex={-1} className="text-xl font-semibold">
        논문을 찾을 수 없습니다
      </h2>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">
        이 다이제스트에는{' '}
        <code lang="en" className="rounded bg-zinc-100 px-1 break-all dark:bg-zinc-800">
          {id}
        </code>{' '}
        논문이 없습니다. 주소가 바뀌었거나 다른 다이제스트의 링크일 수 있습니다.
      </p>
      {suggestions.length > 0 && (
        <>
          <h3 className="mt-6 font-semibold">혹시 이 논문을 찾으셨나요?</h3>
          <ul className="mt-2 space-y-2">
            {suggestions.map((entry) => (
              <li key={entry.id}>
                <Link
                  to={paperPath(entry.id)}
                  lang="en"
                  className="text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
                >
                  <PaperTitle title={entry.title} />
                </Link>
                <span className="ml-2 text-sm text-zinc-600 tabular-nums dark:text-zinc-400">
                  {formatKoreanDate(entry.date)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <AllPapersLink />
    </section>
  );
}
