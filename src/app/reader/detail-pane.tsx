import { lazy, Suspense, useEffect, useRef } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { nearestEntries, type Catalog } from '../../catalog';
import type { DigestEntry } from '../../digest';
import { NoteEditor } from '../../features/library/components/note-editor';
import { PaperActions } from '../../features/library/components/paper-actions';
import { listPath, openedFromList } from '../../features/navigation/paths';
import { PaperNotFound } from '../../features/not-found/components/paper-not-found';
import { useSearchHighlight } from '../../features/search/use-search-highlight';
import type { ReaderState } from './use-reader-state';

// The detail pane carries the Markdown renderer, the largest part of the app; the list must not
// wait for it. It is fetched when the page goes idle, so opening a paper is still instant.
const loadPaperDetail = () => import('../../features/paper-detail/components/paper-detail');
const PaperDetail = lazy(() =>
  loadPaperDetail().then((module) => ({ default: module.PaperDetail })),
);
// Only the detail pane shows related papers, and only once the whole digest is in.
const RelatedPapers = lazy(() =>
  import('../../features/related/components/related-papers').then((module) => ({
    default: module.RelatedPapers,
  })),
);

export interface DetailPaneProps {
  state: ReaderState;
  catalog: Catalog | null;
  /** The open paper, if the digest has it (so far). */
  selected: DigestEntry | undefined;
  /** The digest is not whole yet, so a paper it lacks may still come. */
  complete: boolean;
}

/**
 * The open paper, or what stands for it: a hint while none is open, a wait while the digest
 * still streams in, suggestions for an id it lacks. Below 768 px it is a screen of its own with a
 * way back to the list.
 */
export function DetailPane({ state, catalog, selected, complete }: DetailPaneProps) {
  const { selectedId, view, tag, list } = state;
  const pane = useRef<HTMLDivElement>(null);
  useSearchHighlight(pane, state.query, selected?.id);
  const location = useLocation();
  const navigate = useNavigate();
  // A paper opened from its list goes back to it, so that Back from the list leaves the list
  // instead of reopening the paper; any other (a shared link) replaces itself with the list.
  const backToList = openedFromList(location.state);

  useEffect(() => {
    const preload = () => void loadPaperDetail();
    if ('requestIdleCallback' in window) window.requestIdleCallback(preload);
    else setTimeout(preload, 200);
  }, []);

  let detail;
  if (!selectedId) {
    detail = (
      <p className="hidden p-8 text-center text-zinc-600 md:block dark:text-zinc-400">
        목록에서 논문을 고르면 초록과 해설이 여기에 나옵니다.
        <br />
        <kbd className="font-mono">?</kbd> 키를 누르면 단축키를 볼 수 있습니다.
      </p>
    );
  } else if (selected) {
    detail = (
      <Suspense fallback={<p className="sr-only">논문을 여는 중…</p>}>
        <PaperDetail
          entry={selected}
          view={view}
          tag={tag}
          actions={<PaperActions entry={selected} />}
          aside={
            <>
              <NoteEditor key={selected.id} id={selected.id} />
              <Suspense fallback={null}>
                <RelatedPapers
                  entry={selected}
                  catalog={catalog}
                  complete={complete}
                  context={{ tag, view, list, filters: state.filters }}
                />
              </Suspense>
            </>
          }
          catalog={catalog}
        />
      </Suspense>
    );
  } else if (!complete) {
    // While a digest still loads or streams in, a paper not parsed yet is coming, not missing.
    detail = (
      <p role="status" className="p-8 text-center text-zinc-600 dark:text-zinc-400">
        논문을 불러오는 중…
      </p>
    );
  } else {
    detail = (
      <PaperNotFound
        id={selectedId}
        suggestions={catalog ? nearestEntries(catalog.entries, selectedId) : []}
      />
    );
  }

  return (
    <div
      ref={pane}
      className={`min-h-0 min-w-0 flex-1 overflow-y-auto ${selectedId ? 'block' : 'hidden md:block'}`}
    >
      {selectedId && (
        <Link
          to={listPath({ tag: null, list, filters: state.filters })}
          replace
          onClick={(event) => {
            const plain = event.button === 0 && !(event.metaKey || event.ctrlKey || event.shiftKey);
            if (!backToList || !plain) return;
            event.preventDefault();
            void navigate(-1);
          }}
          className="m-3 inline-flex items-center gap-1 rounded-md px-2 py-1.5 text-sm text-indigo-700 hover:bg-indigo-50 md:hidden dark:text-indigo-300 dark:hover:bg-indigo-500/10"
        >
          <span aria-hidden="true">←</span> 목록으로
        </Link>
      )}
      {detail}
    </div>
  );
}
