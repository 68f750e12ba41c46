import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { loadRenderersFor } from './components/ui/markdown-preload';
import { loadArchiveClient } from './features/archive/archive-loader';
import { digestQueryOptions } from './features/digest/api/digest-query';
import { addressSelection } from './features/digest/open-digest';
import { parseSeed, PRERENDER_SEED_ID, type PrerenderSeed } from './features/digest/prerender-seed';
import { seedDigest } from './features/digest/prerendered-digest';
import { applyTheme, initialThemeIsDark } from './features/theme/use-theme';
import './styles/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root">');

// The boot script in <head> (see themeBootScript) has set the theme's class before the first
// paint. This gives the browser's toolbar, whose theme-color the script leaves alone, the
// reader's chosen theme before React renders instead of after it.
applyTheme(initialThemeIsDark());

// The digest starts downloading, and a large one parsing in its worker, while React renders the
// first frame, rather than once the reader page has mounted and asked for it. In a task of its
// own: the one that runs this script is the longest of the page's start already.
const queryClient = createQueryClient();
const { sources, archive } = addressSelection(
  new URLSearchParams(location.search).get('src'),
  loadArchiveClient,
);
setTimeout(() => void queryClient.prefetchQuery(digestQueryOptions(sources, archive)), 0);

void start(container);

/**
 * Takes over a page rendered ahead of time where it stands, or renders the app anew: in the SPA
 * fallback page, and wherever the address asks for more than the page was rendered with (a
 * search, a filter, another digest with `?src=`).
 */
async function start(root: HTMLElement): Promise<void> {
  const seed = parseSeed(document.getElementById(PRERENDER_SEED_ID)?.textContent);
  if (seed && renderedFor(seed) && (await renderersLoaded(seed))) {
    // As a transition, hydration yields to the browser every few milliseconds.
    startTransition(() => {
      hydrateRoot(
        root,
        <StrictMode>
          <App queryClient={queryClient} prerendered={seedDigest(seed)} />
        </StrictMode>,
      );
    });
    return;
  }
  // As a transition, the first render yields to the browser every few milliseconds instead of
  // holding the main thread for the whole tree. The page's own HTML stays until it commits.
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <App queryClient={queryClient} />
      </StrictMode>,
    );
  });
}

function renderedFor(seed: PrerenderSeed): boolean {
  if (location.search !== '') return false;
  try {
    return decodeURIComponent(location.pathname) === decodeURIComponent(seed.path);
  } catch {
    return false;
  }
}

/** Whether the math code the page was rendered with is here; without it, the page is redrawn. */
async function renderersLoaded(seed: PrerenderSeed): Promise<boolean> {
  try {
    await loadRenderersFor(seed.entries);
    return true;
  } catch {
    return false;
  }
}
