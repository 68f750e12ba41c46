import { Link } from 'react-router';
import { homePath } from '../../navigation/paths';

export function PageNotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl p-8 text-center">
      <title>페이지를 찾을 수 없습니다 — 논문 다이제스트</title>
      <h1 className="text-2xl font-bold">페이지를 찾을 수 없습니다</h1>
      <p className="mt-3 text-zinc-600 dark:text-zinc-400">주소를 다시 확인해 주세요.</p>
      <p className="mt-6">
        <Link
          to={homePath()}
          className="font-medium text-indigo-700 underline underline-offset-2 dark:text-indigo-300"
        >
          전체 논문 보기
        </Link>
      </p>
    </main>
  );
}
