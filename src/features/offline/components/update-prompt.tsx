import { useEffect, useState } from 'react';

/**
 * On `<html>` while the prompt is up: the archive's notices, also at the foot of the screen, rise
 * above it instead of covering it.
 */
export const UPDATE_WAITING_ATTRIBUTE = 'data-update-waiting';

export interface UpdatePromptProps {
  /** Lets the new deployment take over; the page reloads into it. */
  onReload: () => void;
}

/** Announces a new deployment, waiting until the reader chooses to reload into it. */
export default function UpdatePrompt({ onReload }: UpdatePromptProps) {
  const [reloading, setReloading] = useState(false);
  useEffect(() => {
    const root = document.documentElement;
    root.setAttribute(UPDATE_WAITING_ATTRIBUTE, '');
    return () => root.removeAttribute(UPDATE_WAITING_ATTRIBUTE);
  }, []);
  return (
    <div className="fixed inset-x-3 bottom-[max(0.75rem,env(safe-area-inset-bottom))] z-40 mx-auto flex max-w-sm items-center gap-3 rounded-lg border border-zinc-300 bg-white px-4 py-3 text-sm text-zinc-900 shadow-lg dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100">
      <p className="min-w-0 flex-1">새 버전이 있습니다</p>
      <button
        type="button"
        disabled={reloading}
        onClick={() => {
          setReloading(true);
          onReload();
        }}
        className="-my-1 shrink-0 rounded-md bg-indigo-700 px-3 py-1.5 font-semibold text-white hover:bg-indigo-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:opacity-60 dark:bg-indigo-400 dark:text-zinc-950 dark:hover:bg-indigo-300 dark:focus-visible:outline-indigo-400"
      >
        새로고침
      </button>
    </div>
  );
}
