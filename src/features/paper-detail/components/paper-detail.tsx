import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Link } from 'react-router';
import { Abstract, Markdown, type LinkTarget } from '../../../components/ui/markdown';
import { PaperTitle } from '../../../components/ui/markdown-title';
import { formatKoreanDate, paperLinks, tagKey, type Catalog } from '../../../catalog';
import type { DigestEntry } from '../../../digest';
import { tagPath, type ViewMode } from '../../navigation/paths';
import { markdownParagraphs } from '../markdown-paragraphs';
import { useCitations } from '../use-citations';
import { AuthorList } from './author-list';
import { CitedBy } from './cited-by';
import { ExternalLink } from './external-link';
import { PaperLinks } from './paper-links';
import { ENGLISH_TEXT, FOCUS_RING, KOREAN_TEXT, RICH_TEXT } from './styles';
import { Translation } from './translation';
import { ViewSwitch } from './view-switch';

export interface PaperDetailProps {
  entry: DigestEntry;
  /** Which text to show, from the URL's `?view=`. */
  view: ViewMode;
  /** Tag key the list is filtered by, kept in the view links; null for all papers. */
  tag: string | null;
  /** Controls under the paper's links (bookmark, read state, sharing), supplied by the app. */
  actions?: ReactNode;
  /** What follows the texts, such as the reader's own note. */
  aside?: ReactNode;
  /** The papers known so far, which the commentary's arXiv links may lead to, or cite this one. */
  catalog?: Catalog | null;
}

const SECTION_HEADING =
  'mb-3 text-xs font-semibold tracking-wider text-zinc-600 uppercase dark:text-zinc-400';

/** An entry may repeat a tag in another case; it is one tag, shown as first written. */
function distinctTags(tags: readonly string[]): [key: string, label: string][] {
  const byKey = new Map<string, string>();
  for (const tag of tags) if (!byKey.has(tagKey(tag))) byKey.set(tagKey(tag), tag);
  return [...byKey];
}

function Tags({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return null;
  return (
    <ul role="list" aria-label="태그" className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
      {distinctTags(tags).map(([key, label]) => (
        <li key={key}>
          <Link
            to={tagPath(key)}
            className={`rounded-sm text-indigo-700 hover:underline hover:underline-offset-2 dark:text-indigo-300 ${FOCUS_RING}`}
          >
            #{label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function AbstractSection({ entry }: { entry: DigestEntry }) {
  const headingId = useId();
  const { arxiv, search } = paperLinks(entry);
  return (
    <section aria-labelledby={headingId} className="max-w-prose min-w-0">
      <h3 id={headingId} lang="en" className={SECTION_HEADING}>
        Abstract
      </h3>
      {entry.abstract ? (
        <Abstract
          text={entry.abstract}
          className={`${ENGLISH_TEXT} ${RICH_TEXT} text-zinc-800 dark:text-zinc-200`}
        />
      ) : (
        <p className={`${KOREAN_TEXT} ${RICH_TEXT} text-zinc-600 dark:text-zinc-400`}>
          이 논문은 다이제스트에 초록이 없습니다.{' '}
          <ExternalLink href={arxiv ?? search}>
            {arxiv ? 'arXiv에서 초록 보기' : 'arXiv에서 검색'}
          </ExternalLink>
        </p>
      )}
    </section>
  );
}

function CommentarySection({ entry, linkTarget }: { entry: DigestEntry; linkTarget: LinkTarget }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} lang="ko" className="max-w-prose min-w-0">
      <h3 id={headingId} className={SECTION_HEADING}>
        해설
      </h3>
      {entry.commentary ? (
        <Markdown
          text={markdownParagraphs(entry.commentary)}
          lang="ko"
          linkTarget={linkTarget}
          className={`${KOREAN_TEXT} ${RICH_TEXT} text-zinc-900 dark:text-zinc-100`}
        />
      ) : (
        <p className={`${KOREAN_TEXT} text-zinc-600 dark:text-zinc-400`}>해설이 없습니다.</p>
      )}
      {/* Keyed so a new paper starts with its translation folded. */}
      {entry.translation && (
        <Translation key={entry.id} text={entry.translation} linkTarget={linkTarget} />
      )}
    </section>
  );
}

/** The element that scrolls the article: the nearest scrolling ancestor, else the page. */
function scrollingAncestor(element: HTMLElement): Element {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll') return node;
  }
  return document.scrollingElement ?? document.documentElement;
}

/**
 * One paper: title, date, authors, tags and links, then its English abstract beside its Korean
 * commentary (stacked when the pane is narrow), or just one of them as `view` says.
 *
 * Columns follow the article's own width (a container query), so it fits a side pane or a full
 * page alike; it scrolls with whatever holds it.
 */
export function PaperDetail({
  entry,
  view,
  tag,
  actions,
  aside,
  catalog = null,
}: PaperDetailProps) {
  const headingId = useId();
  const citations = useCitations(entry, catalog);
  const articleRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // After navigating to a paper, keyboard and screen-reader users should start at its title, and
  // everyone at its top. Focusing must not scroll by itself: browsers would bring the title into
  // view mid-pane, hiding whatever the pane shows above the article.
  useEffect(() => {
    if (articleRef.current) scrollingAncestor(articleRef.current).scrollTop = 0;
    headingRef.current?.focus({ preventScroll: true });
  }, [entry.id]);

  const showAbstract = view !== 'commentary';
  const showCommentary = view !== 'abstract';

  return (
    <article
      ref={articleRef}
      aria-labelledby={headingId}
      className="@container px-5 py-6 text-zinc-900 sm:px-8 dark:text-zinc-100"
    >
      <header className="space-y-3 border-b border-zinc-200 pb-5 dark:border-zinc-800">
        <h2
          ref={headingRef}
          id={headingId}
          tabIndex={-1}
          lang="en"
          className="w-fit rounded-sm text-2xl/tight font-semibold tracking-tight text-balance text-zinc-950 focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-indigo-600 dark:text-white dark:focus-visible:outline-indigo-400"
        >
          <PaperTitle title={entry.title} />
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {entry.date ? (
            <time dateTime={entry.date}>{formatKoreanDate(entry.date)}</time>
          ) : (
            formatKoreanDate(null)
          )}
        </p>
        <AuthorList key={entry.id} entry={entry} />
        <Tags tags={entry.tags} />
        <PaperLinks entry={entry} />
        {actions}
      </header>

      <div className="mt-5 mb-6">
        <ViewSwitch id={entry.id} tag={tag} view={view} />
      </div>

      <div
        className={`grid gap-x-8 gap-y-10 ${showAbstract && showCommentary ? '@xl:grid-cols-2' : ''}`}
      >
        {showAbstract && <AbstractSection entry={entry} />}
        {showCommentary && <CommentarySection entry={entry} linkTarget={citations.linkTarget} />}
      </div>
      <CitedBy
        citing={citations.citing}
        pathTo={citations.pathTo}
        headingClassName={SECTION_HEADING}
      />
      {aside}
    </article>
  );
}
