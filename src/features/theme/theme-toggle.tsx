import { useTheme } from './use-theme';

export function ThemeToggle() {
  const { dark, toggle } = useTheme();
  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={dark}
      className="inline-flex h-9 items-center gap-1.5 rounded-md px-2.5 text-sm text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
    >
      <span aria-hidden="true">{dark ? '☾' : '☀'}</span>
      다크 모드
    </button>
  );
}
