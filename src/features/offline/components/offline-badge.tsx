/** Set on `<html>` while the browser has no network (see offline-support.tsx). */
export const OFFLINE_ATTRIBUTE = 'data-offline';

/**
 * A quiet mark in the header while the browser has no network. Drawn by a style on `<html>`, so
 * that the first download carries no code for it, and every page rendered ahead of time holds it
 * as the browser renders it.
 */
export function OfflineBadge() {
  return (
    <span
      title="오프라인: 저장된 논문을 보여 줍니다"
      className="hidden shrink-0 rounded-full border border-zinc-300 px-2 py-0.5 text-xs text-zinc-700 in-data-offline:inline-block dark:border-zinc-700 dark:text-zinc-300"
    >
      오프라인<span className="sr-only">: 저장된 논문을 보여 줍니다</span>
    </span>
  );
}
