import type { SearchableEntry, SearchCorpus } from '../../search';
import { createCorpusReceiver, type IndexReply, type IndexRequest } from './index-protocol';
import { loadSearchCore } from './search-core';

/**
 * Entries per message. Copying a message for the worker blocks the page, 5-25 ms per thousand
 * entries on a slow machine; a large archive at once would be a long task.
 */
const BATCH = 400;

/**
 * Builds the search corpus of `entries` (the costly part of their index) and hands it to
 * `onReady`; the returned function cancels.
 *
 * The corpus is built in a worker, so that the page never freezes: it takes
 * a second for 16,000 papers. Entries go over in batches, one task each; the text comes back in
 * batches and the arrays are transferred, so that the page spends only milliseconds at a time
 * on it. Searching stays in the page: it takes a few milliseconds a keystroke, and its result
 * then shows in the keystroke's own render rather than in a second one after a round trip.
 * Without a worker (jsdom, browsers without module workers, a worker that fails) the index is
 * built in the page when it is idle, once the search engine has loaded.
 */
export function buildSearchCorpus(
  entries: readonly SearchableEntry[],
  onReady: (corpus: SearchCorpus) => void,
  createWorker: () => Worker | null = startWorker,
): () => void {
  const worker = createWorker();
  return worker ? buildInWorker(worker, entries, onReady) : buildInPage(entries, onReady);
}

function buildInWorker(
  worker: Worker,
  entries: readonly SearchableEntry[],
  onReady: (corpus: SearchCorpus) => void,
): () => void {
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelFallback = () => {};
  const stop = () => {
    clearTimeout(timer);
    worker.terminate();
  };
  const feed = (from: number) => {
    const to = Math.min(from + BATCH, entries.length);
    const request: IndexRequest = {
      entries: entries.slice(from, to).map(searchable),
      last: to === entries.length,
    };
    worker.postMessage(request);
    if (to < entries.length) timer = setTimeout(() => feed(to), 0);
  };
  const receive = createCorpusReceiver();
  worker.onmessage = (event: MessageEvent<IndexReply>) => {
    const corpus = receive(event.data);
    if (!corpus || cancelled) return;
    stop();
    onReady(corpus);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    stop();
    if (!cancelled) cancelFallback = buildInPage(entries, onReady);
  };
  // Not in the caller's task, which is often a render's commit.
  timer = setTimeout(() => feed(0), 0);
  return () => {
    cancelled = true;
    stop();
    cancelFallback();
  };
}

function buildInPage(
  entries: readonly SearchableEntry[],
  onReady: (corpus: SearchCorpus) => void,
): () => void {
  let cancelled = false;
  let cancelBuild = () => {};
  loadSearchCore().then(
    ({ buildCorpus }) => {
      if (cancelled) return;
      const build = () => onReady(buildCorpus(entries));
      if (typeof requestIdleCallback !== 'function') {
        const timer = setTimeout(build, 0);
        cancelBuild = () => clearTimeout(timer);
        return;
      }
      const handle = requestIdleCallback(build, { timeout: 500 });
      cancelBuild = () => cancelIdleCallback(handle);
    },
    // Without the engine there is nothing to search with; the box stays "preparing".
    () => {},
  );
  return () => {
    cancelled = true;
    cancelBuild();
  };
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./search-index.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    // Browsers without module workers may refuse one outright rather than fail to load it.
    return null;
  }
}

/** Only what the index reads: a copy for the worker costs less than of the whole entry. */
function searchable(entry: SearchableEntry): SearchableEntry {
  const { id, title, authors, affiliation, abstract, commentary, translation, tags } = entry;
  return { id, title, authors, affiliation, abstract, commentary, translation, tags };
}
