import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { countTags, entriesWithTag, nearestEntries, tagKey } from '../catalog';
import { Drawer } from '../components/ui/drawer';
import { useDigest } from '../features/digest/api/use-digest';
import {
  DigestLoadError,
  DigestSkeleton,
  EmptyDigest,
} from '../features/digest/components/digest-states';
import { AppHeader } from '../features/layout/components/app-header';
import { listPath, parseViewMode } from '../features/navigation/paths';
import { PaperNotFound } from '../features/not-found/components/paper-not-found';
import { PaperList } from '../features/papers/components/paper-list';
import { TagSidebar } from '../features/tags/components/tag-sidebar';
import type { DigestEntry } from '../digest';

// The detail pane carries the Markdown renderer, the largest part of the app; the list must not
// wait for it. It is fetched when the page goes idle, so opening a paper is still instant.
const loadPaperDetail = () => import('../features/paper-detail/components/paper-detail');
const PaperDetail = lazy(() =>
  loadPaperDetail().then((module) => ({ default: module.PaperDetail })),
);

/**
 * The reading screen for `/`, `/tags/:tag` and `/papers/:id`. Desktop shows tags | list | detail;
 * below 1280 px the tags fold into a drawer; below 768 px the list and the detail are separate
 * screens, the detail with a way back to its list.
 */
export function ReaderPage() {
  const params = useParams();
  const [search] = useSearchParams();
  const [tagsOpen, setTagsOpen] = useState(false);
  const digest = useDigest();
  useEffect(() => {
    const preload = () => void loadPaperDetail();
    if ('requestIdleCallback' in window) window.requestIdleCallback(preload);
    else setTimeout(preload, 200);
  }, []);

  const selectedId = params.id ?? null;
  const rawTag = params.tag ?? search.get('tag');
  const tag = rawTag ? tagKey(rawTag) : null;
  const view = parseViewMode(search.get('view'));

  const all = digest.data?.entries;
  const catalog = useMemo(() => (all ? buildCatalog(all) : null), [all]);
  const entries = useMemo(
    () => (catalog && tag ? entriesWithTag(catalog.entries, tag) : (catalog?.entries ?? [])),
    [catalog, tag],
  );
  const selected = selectedId ? catalog?.byId.get(selectedId) : undefined;
  const tagLabel = tag ? (catalog?.tags.find((t) => t.key === tag)?.label ?? tag) : null;
  const heading = tagLabel ? `#${tagLabel}` : '전체 논문';
  const closeTags = () => setTagsOpen(false);

  const sidebar = catalog && (
    <TagSidebar
      tags={catalog.tags}
      totalCount={catalog.entries.length}
      selectedTag={tag}
      onNavigate={closeTags}
    />
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
        <PaperDetail entry={selected} view={view} tag={tag} />
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
    </p>
  );

  return (
    <div className="flex h-dvh flex-col">
      <title>
        {selected ? `${selected.title} — 논문 다이제스트` : `${heading} — 논문 다이제스트`}
      </title>
      <AppHeader onOpenTags={() => setTagsOpen(true)} tagsOpen={tagsOpen} />
      <Drawer open={tagsOpen} onClose={closeTags} label="태그">
        {sidebar}
      </Drawer>
      <div className="flex min-h-0 flex-1">
        <aside className="hidden w-60 shrink-0 overflow-y-auto border-r border-zinc-200 xl:block dark:border-zinc-800">
          {tagsOpen ? null : sidebar}
        </aside>
        <main id="main" tabIndex={-1} className="flex min-h-0 min-w-0 flex-1">
          {content ?? (
            <>
              <section
                aria-label="논문 목록 영역"
                className={`min-h-0 w-full shrink-0 border-zinc-200 md:w-[20rem] md:border-r lg:w-[24rem] xl:w-[21rem] dark:border-zinc-800 ${selectedId ? 'hidden md:block' : 'block'}`}
              >
                <PaperList
                  entries={entries}
                  selectedId={selectedId}
                  tag={tag}
                  view={view}
                  heading={heading}
                />
              </section>
              <div
                className={`min-h-0 min-w-0 flex-1 overflow-y-auto ${selectedId ? 'block' : 'hidden md:block'}`}
              >
                {selectedId && (
                  <Link
                    to={listPath({ tag })}
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

function buildCatalog(entries: DigestEntry[]) {
  return {
    entries,
    tags: countTags(entries),
    byId: new Map(entries.map((entry) => [entry.id, entry])),
  };
}
