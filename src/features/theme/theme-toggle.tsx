import { useTheme } from './use-theme';

export function ThemeToggle() {
  const { dark, toggle } = useTheme();
  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={dark ?? undefined}
      className="inline-flex h-9 items-center gap-1.5 rounded-md px-2.5 text-sm text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
    >
      {/* Drawn by the theme in force, which a page rendered ahead of time knows before React. */}
      <span aria-hidden="true" className="dark:hidden">
        ☀
      </span>
      <span aria-hidden="true" className="hidden dark:inline">
        ☾
      </span>
      다크 모드
    </button>
  );
}
