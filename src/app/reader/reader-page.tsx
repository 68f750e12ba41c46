import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { groupByDay } from '../../catalog';
import { Drawer } from '../../components/ui/drawer';
import { usePlainTitle } from '../../components/ui/markdown-title';
import type { DigestEntry } from '../../digest';
import { useDigest } from '../../features/digest/api/use-digest';
import {
  OpenDigestBanner,
  RefusedFileAlert,
} from '../../features/digest/components/open-digest-controls';
import {
  DigestLoadError,
  EmptyDigest,
  UnavailableSources,
} from '../../features/digest/components/digest-states';
import { useOpenDigest, type DigestSelection } from '../../features/digest/open-digest';
import { useDigestOrPrerendered } from '../../features/digest/prerendered-digest';
import { AppHeader } from '../../features/layout/components/app-header';
import { LibraryLinks } from '../../features/library/components/library-links';
import { LibraryNotices } from '../../features/library/components/library-notices';
import { useLibrary } from '../../features/library/use-library';
import { useMarkReadAfter } from '../../features/library/use-mark-read-after';
import { useSearchResults } from '../../features/search/use-search-results';
import { ShortcutHelp } from '../../features/shortcuts/shortcut-help';
import { TagSidebar } from '../../features/tags/components/tag-sidebar';
import { DetailPane } from './detail-pane';
import { listEntries, resultTags } from './list-entries';
import { listHeading } from './list-heading';
import { ListPane } from './list-pane';
import { readerTitle } from './page-title';
import { buildTagLinks } from './tag-links';
import { useFilterParams } from './use-filter-params';
import { useOpenPaperUnread } from './use-open-paper-unread';
import { useReaderShortcuts } from './use-reader-shortcuts';
import { useReaderState } from './use-reader-state';

/**
 * The reading screen for `/`, `/tags/:tag`, `/bookmarks` and `/papers/:id`. Desktop shows tags |
 * list | detail; below 1280 px the tags fold into a drawer; below 768 px the list and the detail
 * are separate screens, the detail with a way back to its list.
 *
 * This page connects the digest, the library and the URL; the panes render.
 */
export function ReaderPage({ selection }: { selection: DigestSelection }) {
  const state = useReaderState();
  const { selectedId, list } = state;
  const navigate = useNavigate();
  const [tagsOpen, setTagsOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  // The cursor belongs to the paper that was open when it moved: opening another resets it.
  const [cursor, setCursor] = useState<{ id: string; from: string | null } | null>(null);
  const digest = useDigest(selection);
  const { closeFile } = useOpenDigest();
  const library = useLibrary();
  const { setFilters, setToolbarFilters } = useFilterParams();

  // Rendering a new digest (each update while a large one streams in) is heavy: deferred, React
  // does it in slices between frames instead of in one long task.
  // A page rendered ahead of time shows the papers it was rendered with until the digest's own
  // arrive; another digest than the shipped one has none.
  const loaded = useDeferredValue(useDigestOrPrerendered(digest.data, selection.label === null));
  const catalog = loaded?.catalog ?? null;
  // Indexed once the digest is whole: an index of every partial update would be thrown away.
  const search = useSearchResults(loaded?.complete ? catalog?.entries : undefined, state.query);
  const keptUnread = useOpenPaperUnread(selectedId, library.read);
  const { entries, untaggedCount, dates, missingBookmarks } = useMemo(
    () => listEntries(catalog, state, library.data.bookmarks, library.read, search.ids, keptUnread),
    [catalog, state, library.data.bookmarks, library.read, search.ids, keptUnread],
  );
  const days = useMemo(
    () => (catalog && entries === catalog.entries ? catalog.days : groupByDay(entries)),
    [catalog, entries],
  );
  const tagCounts = useMemo(() => resultTags(entries, catalog, state), [entries, catalog, state]);
  const selected = selectedId ? catalog?.paper(selectedId) : undefined;
  useMarkReadAfter(selected ? selected.id : null);
  const selectedTitle = usePlainTitle(selected?.title ?? '');
  const tagLinks = useMemo(() => buildTagLinks(state), [state]);

  const movedCursor = cursor && cursor.from === selectedId ? cursor.id : null;
  useReaderShortcuts({
    state,
    catalog,
    entries,
    days,
    cursorId: movedCursor ?? selectedId,
    moveCursor: (id) => setCursor({ id, from: selectedId }),
    library,
    toggleHelp: () => setHelpOpen((open) => !open),
  });

  const heading = listHeading(state, catalog?.tags ?? []);
  // Stable, like the other props of the sidebar and the list: each update of a loading digest
  // renders this page at once with the papers it had, and the memoised list, and the sidebar's
  // memoised tag links, then skip that render instead of drawing hundreds of links again.
  const closeTags = useCallback(() => setTagsOpen(false), []);
  const { store } = library;
  const toggleBookmark = useCallback((entry: DigestEntry) => store.toggleBookmark(entry), [store]);

  const sidebar = catalog && (
    <>
      <LibraryLinks
        bookmarks={Object.keys(library.data.bookmarks).length}
        current={list === 'bookmarks'}
        paperOpen={selectedId !== null}
        onNavigate={closeTags}
      />
      <TagSidebar
        tags={tagCounts}
        totalCount={untaggedCount}
        selected={state.tags}
        excluded={state.excluded}
        links={tagLinks}
        list={list}
        paperOpen={selectedId !== null}
        onNavigate={closeTags}
      />
    </>
  );

  let content;
  if (digest.isError) {
    content = <DigestLoadError error={digest.error} onRetry={() => void digest.refetch()} />;
  } else if (loaded?.complete && catalog?.entries.length === 0)
    content = <EmptyDigest shipped={selection.label === null} />;
  // Not only while the query is pending: its first papers reach `loaded` a render later, and until
  // then nothing says the digest is empty.
  const loading = !catalog || (catalog.entries.length === 0 && !loaded?.complete);

  return (
    <div className="flex h-dvh flex-col">
      <title>
        {readerTitle({
          paper: selected ? selectedTitle : null,
          paperMissing: selectedId !== null && !selected && loaded?.complete === true,
          heading,
        })}
      </title>
      <AppHeader onOpenTags={() => setTagsOpen(true)} tagsOpen={tagsOpen} />
      <LibraryNotices />
      <RefusedFileAlert />
      {loaded?.complete && <UnavailableSources names={loaded.unavailable ?? []} />}
      {selection.label && (
        <OpenDigestBanner
          label={selection.label}
          onClose={() => (state.src ? void navigate('/') : closeFile())}
          warnings={loaded?.complete ? loaded.warnings : []}
        />
      )}
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
              <ListPane
                state={state}
                catalog={catalog}
                loadingMore={loaded?.complete === false}
                loading={loading}
                entries={entries}
                days={days}
                dates={dates}
                missingBookmarks={missingBookmarks}
                heading={heading}
                searchCount={search.ids ? entries.length : null}
                searchPreparing={search.preparing}
                cursorId={movedCursor}
                library={library}
                onToggleBookmark={toggleBookmark}
                setFilters={setFilters}
                setToolbarFilters={setToolbarFilters}
              />
              <DetailPane
                state={state}
                catalog={catalog}
                selected={selected}
                complete={loaded?.complete ?? false}
              />
            </>
          )}
        </main>
      </div>
    </div>
  );
}
