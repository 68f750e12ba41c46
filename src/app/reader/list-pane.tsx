import { useRef } from 'react';
import type { Catalog, Day } from '../../catalog';
import type { DigestEntry } from '../../digest';
import type { Bookmark } from '../../library';
import {
  DigestLoadingProgress,
  DigestSkeleton,
} from '../../features/digest/components/digest-states';
import { LibraryTools } from '../../features/library/components/library-tools';
import { MissingBookmarks } from '../../features/library/components/missing-bookmarks';
import type { LibraryView } from '../../features/library/use-library';
import { ListToolbar } from '../../features/papers/components/list-toolbar';
import { PaperList } from '../../features/papers/components/paper-list';
import { SearchBox } from '../../features/search/components/search-box';
import { focusList } from './focus-list';
import type { FilterChanges, ToolbarChanges } from './use-filter-params';
import type { ReaderState } from './use-reader-state';

export interface ListPaneProps {
  state: ReaderState;
  catalog: Catalog | null;
  /** The digest is still streaming in. */
  loadingMore: boolean;
  /** Nothing to list yet: the skeleton shows. */
  loading: boolean;
  entries: readonly DigestEntry[];
  days: readonly Day[];
  /** Dates with papers, for the toolbar's day steps. */
  dates: readonly string[];
  missingBookmarks: Bookmark[];
  heading: string;
  /** Matching papers, or null when there is no query. */
  searchCount: number | null;
  searchPreparing: boolean;
  cursorId: string | null;
  library: LibraryView;
  onToggleBookmark: (entry: DigestEntry) => void;
  setFilters: (changes: FilterChanges) => void;
  setToolbarFilters: (changes: ToolbarChanges) => void;
}

/**
 * The list column: the search box, the list's tools and the papers. Below 768 px it is a screen
 * of its own, hidden while a paper is open.
 */
export function ListPane({
  state,
  catalog,
  loadingMore,
  loading,
  entries,
  days,
  dates,
  missingBookmarks,
  heading,
  searchCount,
  searchPreparing,
  cursorId,
  library,
  onToggleBookmark,
  setFilters,
  setToolbarFilters,
}: ListPaneProps) {
  const { selectedId, list } = state;
  const pane = useRef<HTMLElement>(null);
  return (
    <section
      ref={pane}
      aria-label="논문 목록 영역"
      className={`relative min-h-0 w-full shrink-0 flex-col border-zinc-200 md:w-[20rem] md:border-r lg:w-[24rem] xl:w-[21rem] dark:border-zinc-800 ${selectedId ? 'hidden md:flex' : 'flex'}`}
    >
      <div className="border-b border-zinc-200 px-3 py-2 dark:border-zinc-800">
        <SearchBox
          value={state.query}
          onChange={(query) => setFilters({ q: query })}
          onLeave={() => pane.current && focusList(pane.current, cursorId ?? selectedId)}
          count={searchCount}
          preparing={searchPreparing}
        />
      </div>
      {loadingMore && <DigestLoadingProgress count={catalog?.entries.length ?? 0} />}
      <ListToolbar
        list={list}
        unreadOnly={state.unreadOnly}
        order={state.order}
        sort={state.sort}
        from={state.from}
        to={state.to}
        dates={dates}
        onChange={setToolbarFilters}
      />
      {list === 'bookmarks' && !selectedId && catalog && <LibraryTools entries={catalog.entries} />}
      <div className="min-h-0 flex-1">
        {loading ? (
          <DigestSkeleton />
        ) : (
          <PaperList
            entries={entries}
            days={days}
            selectedId={selectedId}
            tag={null}
            view={state.view}
            list={list}
            filters={state.filters}
            query={state.query}
            heading={heading}
            grouped={!(list === 'bookmarks' && state.sort === 'saved')}
            oldestFirst={state.order === 'oldest'}
            cursorId={cursorId}
            read={library.read}
            bookmarked={library.bookmarked}
            onToggleBookmark={onToggleBookmark}
          />
        )}
      </div>
      {list === 'bookmarks' && <MissingBookmarks bookmarks={missingBookmarks} />}
    </section>
  );
}
