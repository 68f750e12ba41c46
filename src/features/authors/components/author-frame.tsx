import { Suspense, useEffect, useRef, type ComponentType } from 'react';
import { useParams, useSearchParams } from 'react-router';
import type { Catalog } from '../../../catalog';
import { useDigest } from '../../digest/api/use-digest';
import { DigestLoadError } from '../../digest/components/digest-states';
import { RefusedFileAlert } from '../../digest/components/open-digest-controls';
import { useDigestSelection } from '../../digest/open-digest';
import { AppHeader } from '../../layout/components/app-header';

/** What the author's page lists from, once the digest has papers. */
export interface AuthorPageProps {
  /** The author's name as the address gives it, spacing tidied. */
  name: string;
  catalog: Catalog;
  /** The whole digest is in, so an author with no papers so far has none. */
  complete: boolean;
  /** The digest opened by address (`?src=`), kept on the way to its papers. */
  src: string | null;
}

const MUTED = 'text-zinc-600 dark:text-zinc-400';

/**
 * `/authors/:name`: the app's header, the author's name, and the digest's states around the
 * author's papers, which `page` lists (loaded with that page only). Never rendered ahead of time:
 * the papers show as the digest loads.
 */
export function AuthorFrame({ page: Page }: { page: ComponentType<AuthorPageProps> }) {
  const name = (useParams().name ?? '').trim().replace(/\s+/g, ' ');
  const src = useSearchParams()[0].get('src');
  const digest = useDigest(useDigestSelection());
  const loaded = digest.data;

  const heading = useRef<HTMLHeadingElement>(null);
  // A new author starts at the top, with keyboard and screen-reader users at their name.
  useEffect(() => {
    window.scrollTo(0, 0);
    heading.current?.focus({ preventScroll: true });
  }, [name]);

  const loading = (
    <p role="status" className={`mt-4 text-sm ${MUTED}`}>
      논문을 불러오는 중…
    </p>
  );
  let content;
  if (digest.isError) {
    content = <DigestLoadError error={digest.error} onRetry={() => void digest.refetch()} />;
  } else if (!loaded) {
    content = loading;
  } else {
    content = (
      <Suspense fallback={loading}>
        <Page name={name} catalog={loaded.catalog} complete={loaded.complete} src={src} />
      </Suspense>
    );
  }

  return (
    <div className="flex min-h-dvh flex-col">
      <title>{`${name} — 논문 다이제스트`}</title>
      <AppHeader />
      <RefusedFileAlert />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 p-4 sm:p-6">
        <p className={`text-sm ${MUTED}`}>저자</p>
        <h2
          ref={heading}
          tabIndex={-1}
          lang="en"
          className="text-2xl font-semibold tracking-tight wrap-anywhere focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-indigo-600 dark:focus-visible:outline-indigo-400"
        >
          {name}
        </h2>
        {content}
      </main>
    </div>
  );
}
