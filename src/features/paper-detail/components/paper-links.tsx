import { paperLinks } from '../../../catalog';
import type { DigestEntry } from '../../../digest';
import { isSafeUrl } from '../../../text';
import { ExternalLink } from './external-link';

const PILL =
  'inline-flex items-center rounded-md border border-zinc-300 bg-white px-2.5 py-1 text-sm text-zinc-800 hover:border-indigo-400 hover:text-indigo-700 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200 dark:hover:border-indigo-400 dark:hover:text-indigo-300';

interface OtherLink {
  href: string;
  label: string;
}

/**
 * Other links are named by host. Two links on one host (two repositories, say) would read alike,
 * so those also show their path.
 */
function otherLinks(urls: readonly string[]): OtherLink[] {
  // The digest is third-party text: only http(s) URLs that parse become links.
  const byHref = new Map<string, URL>();
  for (const text of urls) {
    if (!isSafeUrl(text) || !URL.canParse(text)) continue;
    const url = new URL(text);
    byHref.set(url.href, url);
  }
  const parsed = [...byHref.values()];
  const host = (url: URL) => url.hostname.replace(/^www\./, '');
  return parsed.map((url) => {
    const shared = parsed.filter((other) => host(other) === host(url)).length > 1;
    const path = url.pathname.replace(/\/$/, '');
    return { href: url.href, label: shared && path ? `${host(url)}${path}` : host(url) };
  });
}

export interface PaperLinksProps {
  entry: Pick<DigestEntry, 'title' | 'links'>;
}

/** arXiv page and PDF when the digest gives an arXiv URL, else an arXiv search; then the rest. */
export function PaperLinks({ entry }: PaperLinksProps) {
  const { arxiv, pdf, search, other } = paperLinks(entry);
  return (
    <ul role="list" aria-label="논문 링크" className="flex flex-wrap gap-2">
      {arxiv ? (
        <li>
          <ExternalLink href={arxiv} className={PILL}>
            arXiv
          </ExternalLink>
        </li>
      ) : (
        <li>
          <ExternalLink href={search} className={PILL}>
            arXiv에서 검색
          </ExternalLink>
        </li>
      )}
      {pdf && (
        <li>
          <ExternalLink href={pdf} className={PILL}>
            PDF
          </ExternalLink>
        </li>
      )}
      {otherLinks(other).map(({ href, label }) => (
        <li key={href}>
          <ExternalLink href={href} title={href} className={`${PILL} max-w-full wrap-anywhere`}>
            {label}
          </ExternalLink>
        </li>
      ))}
    </ul>
  );
}
