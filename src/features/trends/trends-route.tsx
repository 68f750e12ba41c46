import { lazy, Suspense } from 'react';
import { formatCount } from '../../text';
import { useDigest } from '../digest/api/use-digest';
import { DigestLoadError } from '../digest/components/digest-states';
import { RefusedFileAlert } from '../digest/components/open-digest-controls';
import { useDigestSelection } from '../digest/open-digest';
import { AppHeader } from '../layout/components/app-header';

// The chart and its library load with this page only, never with the reader's first page. The
// page's frame and the digest's states are here rather than in that chunk: a lazy chunk that
// imports the header's modules made the build split React out of the entry, which cost the first
// page 0.9 KB.
const TrendsView = lazy(() =>
  import('./components/trends-view').then((module) => ({ default: module.TrendsView })),
);

/**
 * `/trends`: how the most used tags move over time. It needs the whole digest, so it waits for
 * it; the page is never rendered ahead of time.
 */
export function TrendsRoute() {
  const selection = useDigestSelection();
  const digest = useDigest(selection);
  const loaded = digest.data;
  const loading = (
    <p role="status" className="mt-4 text-sm text-zinc-600 dark:text-zinc-400">
      다이제스트를 불러오는 중…
      {loaded && ` 지금까지 ${formatCount(loaded.catalog.entries.length)}편`}
    </p>
  );
  let content = loading;
  if (digest.isError) {
    content = <DigestLoadError error={digest.error} onRetry={() => void digest.refetch()} />;
  } else if (loaded?.complete) {
    content = (
      <Suspense fallback={loading}>
        <TrendsView catalog={loaded.catalog} />
      </Suspense>
    );
  }
  return (
    <div className="flex min-h-dvh flex-col">
      <title>태그 추이 — 논문 다이제스트</title>
      <AppHeader />
      <RefusedFileAlert />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 p-4 sm:p-6">
        <h2 className="text-xl font-semibold tracking-tight">태그 추이</h2>
        {content}
      </main>
    </div>
  );
}
