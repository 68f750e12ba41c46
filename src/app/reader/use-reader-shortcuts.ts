import { useNavigate } from 'react-router';
import type { Catalog, Day } from '../../catalog';
import type { DigestEntry } from '../../digest';
import { bookmarksPath, OPENED_FROM_LIST, paperPath } from '../../features/navigation/paths';
import type { ShortcutAction } from '../../features/shortcuts/shortcut-keys';
import { useKeyboardShortcuts } from '../../features/shortcuts/use-keyboard-shortcuts';
import type { LibraryView } from '../../features/library/use-library';
import { displayOrder } from './list-entries';
import type { ReaderState } from './use-reader-state';

export interface ReaderShortcutsOptions {
  state: ReaderState;
  catalog: Catalog | null;
  /** The list as shown, and its days, for j/k. */
  entries: readonly DigestEntry[];
  days: readonly Day[];
  /** The paper j/k last moved to, or the open one: what o opens. */
  cursorId: string | null;
  moveCursor: (id: string) => void;
  library: LibraryView;
  toggleHelp: () => void;
}

/** The reading shortcuts of the reader page (see `shortcut-keys.ts` for the keys). */
export function useReaderShortcuts({
  state,
  catalog,
  entries,
  days,
  cursorId,
  moveCursor,
  library,
  toggleHelp,
}: ReaderShortcutsOptions): void {
  const navigate = useNavigate();
  const { view, list } = state;
  useKeyboardShortcuts((action: ShortcutAction) => {
    const target = cursorId ? catalog?.paper(cursorId) : undefined;
    // b and u act on the paper the reader sees: the open one, whose detail pane is on screen at
    // every width, even after j/k moved the list's cursor; the cursor's only when none is open.
    const seen = state.selectedId ? catalog?.paper(state.selectedId) : target;
    switch (action) {
      case 'next':
      case 'previous': {
        // Made on the keystroke, not in each render of a loading archive: only j and k need it.
        const papers = displayOrder(entries, days, state);
        const at = cursorId ? papers.findIndex((entry) => entry.id === cursorId) : -1;
        const step = action === 'next' ? 1 : -1;
        const next = papers[at < 0 ? 0 : Math.min(papers.length - 1, Math.max(0, at + step))];
        if (next) moveCursor(next.id);
        return;
      }
      case 'open':
        if (target) {
          void navigate(paperPath(target.id, { view, list, filters: state.filters }), {
            state: state.selectedId === null ? OPENED_FROM_LIST : undefined,
          });
        }
        return;
      case 'bookmark':
        if (seen) library.store.toggleBookmark(seen);
        return;
      case 'toggleRead':
        if (seen) {
          if (library.read.has(seen.id)) library.store.markUnread(seen.id);
          else library.store.markRead(seen.id);
        }
        return;
      case 'search': {
        // The paper search, at every width. On a phone with a paper open, the list and its box
        // are a hidden screen of their own: `/` then does nothing rather than leave the paper.
        const field = document.querySelector<HTMLInputElement>('[data-shortcut-search]');
        if (field && field.offsetParent !== null) field.focus();
        return;
      }
      case 'bookmarks':
        void navigate(bookmarksPath());
        return;
      case 'help':
        toggleHelp();
        return;
    }
  });
}
