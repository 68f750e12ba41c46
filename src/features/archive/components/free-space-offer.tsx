import { useId, useState } from 'react';
import type { ArchiveSource } from '../../../archive/types';
import { formatBytes, readableName } from '../archive-format';
import { oldestSources } from '../use-archive';
import { DANGER_BUTTON } from './archive-styles';

/** At most this many sources are offered at once: more is a choice to make one by one below. */
const MOST_OFFERED = 5;

/**
 * Offered when storage is full: remove the sources changed longest ago, as many as the reader
 * picks, each named with the room it frees.
 */
export function FreeSpaceOffer({
  sources,
  onRemove,
}: {
  sources: readonly ArchiveSource[];
  /** Asks to remove these, the oldest `count`. */
  onRemove: (oldest: ArchiveSource[]) => void;
}) {
  const [count, setCount] = useState(1);
  const titleId = useId();
  const countId = useId();
  const offered = Math.min(MOST_OFFERED, sources.length);
  const chosen = oldestSources(sources, Math.min(count, offered));
  const freed = chosen.reduce((sum, source) => sum + source.size, 0);
  return (
    <section
      aria-labelledby={titleId}
      className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <h3 id={titleId} className="font-semibold">
        공간 만들기
      </h3>
      {offered === 0 ? (
        <p className="mt-1">
          보관한 자료가 없어 지울 것이 없습니다. 브라우저 설정에서 다른 사이트의 데이터를 지우면
          공간이 생깁니다.
        </p>
      ) : (
        <>
          <p className="mt-1">
            저장 공간이 가득 찼습니다. 가장 오래전에 바뀐 자료부터 지우면 공간이 생깁니다.
          </p>
          <div className="mt-3 flex flex-wrap items-center gap-2">
            <label htmlFor={countId}>지울 자료</label>
            <select
              id={countId}
              value={Math.min(count, offered)}
              onChange={(event) => setCount(Number(event.target.value))}
              className="rounded-md border border-amber-400 bg-white px-2 py-1.5 text-zinc-900 dark:border-amber-600 dark:bg-zinc-900 dark:text-zinc-100"
            >
              {Array.from({ length: offered }, (_, index) => index + 1).map((option) => (
                <option key={option} value={option}>
                  오래된 {option}개
                </option>
              ))}
            </select>
            <button type="button" onClick={() => onRemove(chosen)} className={DANGER_BUTTON}>
              오래된 자료 지우기
            </button>
          </div>
          <p className="mt-2 wrap-anywhere">
            {chosen.map((source) => readableName(source.name)).join(', ')} · 약 {formatBytes(freed)}
          </p>
        </>
      )}
    </section>
  );
}
