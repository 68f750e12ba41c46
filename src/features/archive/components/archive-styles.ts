const BUTTON =
  'inline-flex min-h-9 items-center justify-center rounded-md px-3 py-1.5 text-sm font-medium aria-disabled:cursor-wait aria-disabled:opacity-70';

export const PRIMARY_BUTTON = `${BUTTON} bg-indigo-700 text-white hover:bg-indigo-800 dark:bg-indigo-400 dark:text-zinc-950 dark:hover:bg-indigo-300`;

export const SECONDARY_BUTTON = `${BUTTON} border border-zinc-300 text-zinc-800 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-800`;

export const DANGER_BUTTON = `${BUTTON} bg-red-700 text-white hover:bg-red-800 dark:bg-red-400 dark:text-zinc-950 dark:hover:bg-red-300`;

export const TEXT_FIELD =
  'w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm text-zinc-900 placeholder:text-zinc-500 focus-visible:outline-2 focus-visible:outline-indigo-600 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100 dark:placeholder:text-zinc-400 dark:focus-visible:outline-indigo-400';

export const MUTED = 'text-zinc-600 dark:text-zinc-400';

/** A result's colour: the body's for one that went well, red for one that did not. */
export function messageTone(ok: boolean): string {
  return ok ? 'text-zinc-800 dark:text-zinc-200' : 'text-red-700 dark:text-red-300';
}
