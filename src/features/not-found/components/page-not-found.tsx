import { useState } from 'react';
import { Navigate } from 'react-router';
import { RefusedFileAlert } from '../../digest/components/open-digest-controls';
import { useOpenDigest } from '../../digest/open-digest';
import { AppHeader } from '../../layout/components/app-header';
import { homePath } from '../../navigation/paths';
import { AllPapersLink } from './all-papers-link';

/** An address the app does not know, under the app's header so that the way on is in sight. */
export function PageNotFound() {
  const { opened } = useOpenDigest();
  const [openedBefore] = useState(opened);
  // The header can open a digest file; it is read in the list, which this page does not have.
  if (opened !== openedBefore) return <Navigate to={homePath()} replace />;
  return (
    <div className="flex min-h-dvh flex-col">
      <title>페이지를 찾을 수 없습니다 — 논문 다이제스트</title>
      <AppHeader />
      <RefusedFileAlert />
      <main id="main" tabIndex={-1} className="mx-auto max-w-xl p-8 text-center">
        <h2 className="text-2xl font-semibold">페이지를 찾을 수 없습니다</h2>
        <p className="mt-3 text-zinc-600 dark:text-zinc-400">주소를 다시 확인해 주세요.</p>
        <AllPapersLink />
      </main>
    </div>
  );
}
