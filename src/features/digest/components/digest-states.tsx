/** What the reader sees while the digest loads, when loading fails, and when it is empty. */

import { useAfterFirstPaint } from '../../../components/ui/use-after-first-paint';
import { ListTypeSample } from '../../papers/components/list-type-sample';
import { formatCount } from '../../../text';
import { DigestLoadFailure } from '../api/load-failure';

export function DigestSkeleton() {
  // A frame after the skeleton's own: the first frame of the page is slow enough.
  const painted = useAfterFirstPaint();
  return (
    <div className="relative h-full overflow-hidden">
      {painted && <ListTypeSample />}
      <div role="status" aria-live="polite" className="flex h-full flex-col gap-6 p-4 sm:p-6">
        <span className="sr-only">다이제스트를 불러오는 중…</span>
        {Array.from({ length: 4 }, (_, day) => (
          <div key={day} aria-hidden="true" className="space-y-3">
            <div className="h-4 w-40 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800" />
            {Array.from({ length: 3 }, (_, row) => (
              <div
                key={row}
                className="space-y-2 rounded-lg border border-zinc-100 p-3 dark:border-zinc-900"
              >
                <div className="h-4 w-11/12 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800" />
                <div className="h-3 w-1/2 animate-pulse rounded bg-zinc-100 dark:bg-zinc-900" />
                <div className="h-3 w-5/6 animate-pulse rounded bg-zinc-100 dark:bg-zinc-900" />
              </div>
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}

/** Shown above the list while a large digest is still streaming in: what is there is not all. */
/**
 * Floats over the foot of the list instead of taking a line above it, so that when loading ends
 * it goes without moving the list under the reader's eyes or pointer.
 */
export function DigestLoadingProgress({ count }: { count: number }) {
  return (
    <p
      role="status"
      className="pointer-events-none absolute inset-x-0 bottom-[max(0.75rem,env(safe-area-inset-bottom))] z-20 mx-auto flex w-fit max-w-[calc(100%-1.5rem)] items-center gap-2 rounded-full border border-indigo-200 bg-indigo-50 px-3 py-1.5 text-xs text-indigo-900 shadow-sm dark:border-indigo-500/30 dark:bg-indigo-950 dark:text-indigo-200"
    >
      <span
        aria-hidden="true"
        className="size-2 shrink-0 animate-pulse rounded-full bg-indigo-500 motion-reduce:animate-none"
      />
      논문을 더 불러오는 중… 지금까지 {formatCount(count)}편
    </p>
  );
}

/** Says why the digest did not load: in the reader's words where the cause is known. */
export function DigestLoadError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const explained = error instanceof DigestLoadFailure;
  return (
    <div role="alert" className="mx-auto max-w-md p-6 text-center">
      <h2 className="text-lg font-semibold">다이제스트를 불러오지 못했습니다</h2>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        {explained ? error.message : '네트워크 연결을 확인한 뒤 다시 시도해 주세요.'}
      </p>
      {!explained && (
        <p lang="en" className="mt-1 text-xs break-all text-zinc-500 dark:text-zinc-400">
          {error.message}
        </p>
      )}
      <button
        type="button"
        onClick={onRetry}
        className="mt-4 rounded-md bg-indigo-700 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-800 dark:bg-indigo-500 dark:text-zinc-950 dark:hover:bg-indigo-400"
      >
        다시 시도
      </button>
    </div>
  );
}

/**
 * A digest with no papers. The app's own says how to add some; a reader's own says what the
 * reader can check.
 */
export function EmptyDigest({ shipped }: { shipped: boolean }) {
  return (
    <div className="mx-auto max-w-md p-6 text-center">
      <h2 className="text-lg font-semibold">다이제스트에 논문이 없습니다</h2>
      {shipped ? <ShippedDigestHelp /> : <OwnDigestHelp />}
    </div>
  );
}

function OwnDigestHelp() {
  return (
    <p className="mt-2 text-sm leading-6 text-zinc-600 dark:text-zinc-400">
      이 파일에서 날짜 줄(<code>2024년 3월 8일</code>), 제목, 괄호 속 저자, 초록, 해설,{' '}
      <code>#태그</code> 순서로 적힌 논문을 찾지 못했습니다. 다이제스트 파일이 맞는지 확인하세요.
    </p>
  );
}

function ShippedDigestHelp() {
  return (
    <p className="mt-2 text-sm leading-6 text-zinc-600 dark:text-zinc-400">
      <code className="rounded bg-zinc-100 px-1 dark:bg-zinc-800">data/digest.txt</code>에 날짜 줄(
      <code>2024년 3월 8일</code>), 제목, 괄호 속 저자, 초록, 해설, <code>#태그</code> 순서로 논문을
      적은 뒤 앱을 다시 빌드하세요.
    </p>
  );
}

/**
 * Says which of the app's digest files could not be read, while the papers of the rest and of
 * the reader's archive are shown: offline before the file was ever kept, or a host that already
 * serves a newer version of the app.
 */
export function UnavailableSources({ names }: { names: readonly string[] }) {
  if (names.length === 0) return null;
  return (
    <p
      role="status"
      className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      {names.join(', ')}을(를) 받지 못해 나머지 논문과 보관함의 논문을 보여 줍니다. 연결되면
      새로고침하세요.
    </p>
  );
}
