import { useDigest } from '../features/digest/api/digest-query';
import { PaperList } from '../features/papers/components/paper-list';

export function HomePage() {
  const digest = useDigest();
  return (
    <main className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="mb-6 text-2xl font-bold">논문 다이제스트</h1>
      {digest.isPending && <p role="status">불러오는 중…</p>}
      {digest.isError && <p role="alert">다이제스트를 불러오지 못했습니다.</p>}
      {digest.isSuccess && <PaperList entries={digest.data.entries} />}
    </main>
  );
}
