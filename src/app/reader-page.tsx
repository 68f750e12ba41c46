import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { countTags, entriesWithTag, groupByDay, nearestEntries } from '../catalog';
import { Drawer } from '../components/ui/drawer';
import type { DigestEntry } from '../digest';
import type { Bookmark } from '../library';
import { useDigest } from '../features/digest/api/use-digest';
import {
  DigestLoadError,
  DigestSkeleton,
  EmptyDigest,
} from '../features/digest/components/digest-states';
import { AppHeader } from '../features/layout/components/app-header';
import { LibraryLinks } from '../features/library/components/library-links';
import { LibraryNotices } from '../features/library/components/library-notices';
import { LibraryTools } from '../features/library/components/library-tools';
import { MissingBookmarks } from '../features/library/components/missing-bookmarks';
import { NoteEditor } from '../features/library/components/note-editor';
import { PaperActions } from '../features/library/components/paper-actions';
import { useLibrary } from '../features/library/use-library';
import { useMarkReadAfter } from '../features/library/use-mark-read-after';
import { bookmarksPath, listPath, paperPath } from '../features/navigation/paths';
import { PaperNotFound } from '../features/not-found/components/paper-not-found';
import { ListToolbar } from '../features/papers/components/list-toolbar';
import { PaperList } from '../features/papers/components/paper-list';
import { ShortcutHelp } from '../features/shortcuts/shortcut-help';
import type { ShortcutAction } from '../features/shortcuts/shortcut-keys';
import { useKeyboardShortcuts } from '../features/shortcuts/use-keyboard-shortcuts';
import { TagSidebar } from '../features/tags/components/tag-sidebar';
import { useReaderState, type ReaderState } from './use-reader-state';

// The detail pane carries the Markdown renderer, the largest part of the app; the list must not
// wait for it. It is fetched when the page goes idle, so opening a paper is still instant.
const loadPaperDetail = () => import('../features/paper-detail/components/paper-detail');
const PaperDetail = lazy(() =>
  loadPaperDetail().then((module) => ({ default: module.PaperDetail })),
);

/**
 * The reading screen for `/`, `/tags/:tag`, `/bookmarks` and `/papers/:id`. Desktop shows tags |
 * list | detail; below 1280 px the tags fold into a drawer; below 768 px the list and the detail
 * are separate screens, the detail with a way back to its list.
 */
export function ReaderPage() {
  const state = useReaderState();
  const { selectedId, tag, view, list } = state;
  const navigate = useNavigate();
  const [tagsOpen, setTagsOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  // The cursor belongs to the paper that was open when it moved: opening another resets it.
  const [cursor, setCursor] = useState<{ id: string; from: string | null } | null>(null);
  const digest = useDigest();
  const library = useLibrary();

  useEffect(() => {
    const preload = () => void loadPaperDetail();
    if ('requestIdleCallback' in window) window.requestIdleCallback(preload);
    else setTimeout(preload, 200);
  }, []);

  const all = digest.data?.entries;
  const catalog = useMemo(() => (all ? buildCatalog(all) : null), [all]);
  const { entries, missingBookmarks } = useMemo(
    () => listEntries(catalog, state, library.data.bookmarks, library.read),
    [catalog, state, library.data.bookmarks, library.read],
  );
  const selected = selectedId ? catalog?.byId.get(selectedId) : undefined;
  useMarkReadAfter(selected ? selected.id : null);

  const movedCursor = cursor && cursor.from === selectedId ? cursor.id : null;
  const cursorId = movedCursor ?? selectedId;
  const ordered = useMemo(() => displayOrder(entries, state), [entries, state]);

  useKeyboardShortcuts((action: ShortcutAction) => {
    const target = cursorId ? catalog?.byId.get(cursorId) : undefined;
    switch (action) {
      case 'next':
      case 'previous': {
        const at = cursorId ? ordered.findIndex((entry) => entry.id === cursorId) : -1;
        const step = action === 'next' ? 1 : -1;
        const next = ordered[at < 0 ? 0 : Math.min(ordered.length - 1, Math.max(0, at + step))];
        if (next) setCursor({ id: next.id, from: selectedId });
        return;
      }
      case 'open':
        if (target) void navigate(paperPath(target.id, { tag, view, list }));
        return;
      case 'bookmark':
        if (target) library.store.toggleBookmark(target);
        return;
      case 'toggleRead':
        if (target) {
          if (library.read.has(target.id)) library.store.markUnread(target.id);
          else library.store.markRead(target.id);
        }
        return;
      case 'search': {
        const field = document.querySelector<HTMLInputElement>('[data-shortcut-search]');
        if (field && field.offsetParent !== null) field.focus();
        else setTagsOpen(true);
        return;
      }
      case 'bookmarks':
        void navigate(bookmarksPath());
        return;
      case 'help':
        setHelpOpen((open) => !open);
        return;
    }
  });

  const tagLabel = tag ? (catalog?.tags.find((t) => t.key === tag)?.label ?? tag) : null;
  const heading =
    list === 'bookmarks'
      ? `책갈피${tagLabel ? ` · #${tagLabel}` : ''}`
      : tagLabel
        ? `#${tagLabel}`
        : '전체 논문';
  const closeTags = () => setTagsOpen(false);

  const sidebar = catalog && (
    <>
      <LibraryLinks
        bookmarks={Object.keys(library.data.bookmarks).length}
        current={list === 'bookmarks' && !selectedId}
        onNavigate={closeTags}
      />
      <TagSidebar
        tags={catalog.tags}
        totalCount={catalog.entries.length}
        selectedTag={tag}
        onNavigate={closeTags}
      />
    </>
  );

  let content;
  if (digest.isPending) content = <DigestSkeleton />;
  else if (digest.isError) {
    content = <DigestLoadError error={digest.error} onRetry={() => void digest.refetch()} />;
  } else if (!catalog || catalog.entries.length === 0) content = <EmptyDigest />;

  // While only the newest days are parsed, an older paper is still coming, not missing.
  const stillLoading = selectedId && !selected && digest.data?.complete === false;
  const detail = stillLoading ? (
    <p role="status" className="p-8 text-center text-zinc-600 dark:text-zinc-400">
      논문을 불러오는 중…
    </p>
  ) : selectedId ? (
    selected ? (
      <Suspense fallback={<p className="sr-only">논문을 여는 중…</p>}>
        <PaperDetail
          entry={selected}
          view={view}
          tag={tag}
          actions={<PaperActions entry={selected} />}
          aside={<NoteEditor key={selected.id} id={selected.id} />}
        />
      </Suspense>
    ) : (
      <PaperNotFound
        id={selectedId}
        suggestions={catalog ? nearestEntries(catalog.entries, selectedId) : []}
      />
    )
  ) : (
    <p className="hidden p-8 text-center text-zinc-600 md:block dark:text-zinc-400">
      목록에서 논문을 고르면 초록과 해설이 여기에 나옵니다.
      <br />
      <kbd className="font-mono">?</kbd> 키를 누르면 단축키를 볼 수 있습니다.
    </p>
  );

  return (
    <div className="flex h-dvh flex-col">
      <title>
        {selected ? `${selected.title} — 논문 다이제스트` : `${heading} — 논문 다이제스트`}
      </title>
      <AppHeader onOpenTags={() => setTagsOpen(true)} tagsOpen={tagsOpen} />
      <LibraryNotices />
      <Drawer open={tagsOpen} onClose={closeTags} label="태그">
        {sidebar}
      </Drawer>
      <ShortcutHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
      <div className="flex min-h-0 flex-1">
        <aside className="hidden w-60 shrink-0 overflow-y-auto border-r border-zinc-200 xl:block dark:border-zinc-800">
          {tagsOpen ? null : sidebar}
        </aside>
        <main id="main" tabIndex={-1} className="flex min-h-0 min-w-0 flex-1">
          {content ?? (
            <>
              <section
                aria-label="논문 목록 영역"
                className={`min-h-0 w-full shrink-0 flex-col border-zinc-200 md:w-[20rem] md:border-r lg:w-[24rem] xl:w-[21rem] dark:border-zinc-800 ${selectedId ? 'hidden md:flex' : 'flex'}`}
              >
                <ListToolbar list={list} sort={state.sort} unreadOnly={state.unreadOnly} />
                {list === 'bookmarks' && !selectedId && catalog && (
                  <LibraryTools entries={catalog.entries} />
                )}
                <div className="min-h-0 flex-1">
                  <PaperList
                    entries={entries}
                    selectedId={selectedId}
                    tag={tag}
                    view={view}
                    list={list}
                    heading={heading}
                    grouped={!(list === 'bookmarks' && state.sort === 'saved')}
                    cursorId={movedCursor}
                    read={library.read}
                    bookmarked={library.bookmarked}
                    onToggleBookmark={(entry) => library.store.toggleBookmark(entry)}
                  />
                </div>
                {list === 'bookmarks' && <MissingBookmarks bookmarks={missingBookmarks} />}
              </section>
              <div
                className={`min-h-0 min-w-0 flex-1 overflow-y-auto ${selectedId ? 'block' : 'hidden md:block'}`}
              >
                {selectedId && (
                  <Link
                    to={listPath({ tag, list })}
                    className="m-3 inline-flex items-center gap-1 rounded-md px-2 py-1.5 text-sm font-medium text-indigo-700 hover:bg-indigo-50 md:hidden dark:text-indigo-300 dark:hover:bg-indigo-500/10"
                  >
                    <span aria-hidden="true">←</span> 목록으로
                  </Link>
                )}
                {detail}
              </div>
            </>
          )}
        </main>
      </div>
    </div>
  );
}

interface Catalog {
  entries: DigestEntry[];
  tags: ReturnType<typeof countTags>;
  byId: Map<string, DigestEntry>;
}

function buildCatalog(entries: DigestEntry[]): Catalog {
  return {
    entries,
    tags: countTags(entries),
    byId: new Map(entries.map((entry) => [entry.id, entry])),
  };
}

/** The papers the list shows, and the bookmarks whose paper this digest lacks. */
function listEntries(
  catalog: Catalog | null,
  { tag, list, sort, unreadOnly }: ReaderState,
  bookmarks: Readonly<Record<string, Bookmark>>,
  read: ReadonlySet<string>,
): { entries: DigestEntry[]; missingBookmarks: Bookmark[] } {
  if (!catalog) return { entries: [], missingBookmarks: [] };
  let entries = catalog.entries;
  let missingBookmarks: Bookmark[] = [];
  if (list === 'bookmarks') {
    const saved = Object.values(bookmarks).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    entries = saved.flatMap((bookmark) => catalog.byId.get(bookmark.id) ?? []);
    missingBookmarks = saved.filter((bookmark) => !catalog.byId.has(bookmark.id));
    if (sort === 'date') {
      const order = new Map(catalog.entries.map((entry, index) => [entry.id, index]));
      entries = [...entries].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    }
  }
  if (tag) entries = entriesWithTag(entries, tag);
  if (unreadOnly) entries = entries.filter((entry) => !read.has(entry.id));
  return { entries, missingBookmarks };
}

/** The order rows appear in, for j/k: by day, newest first, unless a flat order was asked for. */
function displayOrder(entries: DigestEntry[], { list, sort }: ReaderState): DigestEntry[] {
  if (list === 'bookmarks' && sort === 'saved') return entries;
  return groupByDay(entries).flatMap((day) => day.entries);
}
