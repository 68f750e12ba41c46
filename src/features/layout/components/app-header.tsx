import { Link } from 'react-router';
import { ArchiveHeaderActions } from '../../archive/components/archive-header-actions';
import { OpenDigestButton } from '../../digest/components/open-digest-controls';
import { ThemeToggle } from '../../theme/theme-toggle';
import { homePath } from '../../navigation/paths';
import { OfflineBadge } from '../../offline/components/offline-badge';

export interface AppHeaderProps {
  /**
   * Opens the tag drawer; the button shows only where the sidebar is folded away, and not at all
   * on a page without tags.
   */
  onOpenTags?: () => void;
  tagsOpen?: boolean;
}

export function AppHeader({ onOpenTags, tagsOpen = false }: AppHeaderProps) {
  return (
    <header className="flex h-14 shrink-0 items-center gap-2 border-b border-zinc-200 bg-white/95 px-3 sm:px-4 dark:border-zinc-800 dark:bg-zinc-950/95">
      <a
        href="#main"
        className="sr-only rounded-md bg-indigo-700 px-3 py-2 text-sm text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
      >
        본문으로 건너뛰기
      </a>
      {onOpenTags && (
        <button
          type="button"
          onClick={onOpenTags}
          aria-expanded={tagsOpen}
          aria-haspopup="dialog"
          className="inline-flex h-9 items-center rounded-md px-2.5 text-sm text-zinc-700 hover:bg-zinc-100 xl:hidden dark:text-zinc-300 dark:hover:bg-zinc-800"
        >
          <span aria-hidden="true" className="mr-1.5">
            ☰
          </span>
          태그
        </button>
      )}
      <h1 className="min-w-0 flex-1 truncate text-base font-semibold tracking-tight sm:text-lg">
        <Link to={homePath()} className="rounded-sm">
          논문 다이제스트
        </Link>
      </h1>
      <OfflineBadge />
      <OpenDigestButton />
      <ArchiveHeaderActions />
      <ThemeToggle />
    </header>
  );
}
