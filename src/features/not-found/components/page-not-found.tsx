import { AllPapersLink } from './all-papers-link';

export function PageNotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl p-8 text-center">
      <title>페이지를 찾을 수 없습니다 — 논문 다이제스트</title>
      <h1 className="text-2xl font-semibold">페이지를 찾을 수 없습니다</h1>
      <p className="mt-3 text-zinc-600 dark:text-zinc-400">주소를 다시 확인해 주세요.</p>
      <AllPapersLink />
    </main>
  );
}
