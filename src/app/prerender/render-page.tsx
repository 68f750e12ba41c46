import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { loadAllRenderers } from '../../components/ui/markdown-preload';
import type { PrerenderSeed } from '../../features/digest/prerender-seed';
import { seedDigest } from '../../features/digest/prerendered-digest';
import { AppRoutes, AppShell } from '../app';
import { createQueryClient } from '../query-client';

/**
 * The build's page renderer (see src/build/prerender.ts): the app's own tree, rendered from the
 * papers of a page's first screen, as the browser will render it when it takes the page over.
 */

/**
 * The HTML of the app at `seed.path`, for inside `<div id="root">`. Rendered at once, which is a
 * third faster than streaming; a part that is still loading on its first use (a lazy component)
 * is waited for, by rendering the page as a stream once, and the page is rendered at once again.
 * The result must be whole: an unfinished part would come with an inline script to finish it
 * later, which the page's Content-Security-Policy forbids.
 */
export async function renderPage(seed: PrerenderSeed): Promise<string> {
  // Math is typeset ahead of time too; the modules load once, for the first page.
  await loadAllRenderers();
  const html = renderToString(page(seed));
  if (isWhole(html)) return html;
  await renderWhenLoaded(seed);
  const again = renderToString(page(seed));
  if (isWhole(again)) return again;
  throw new Error(`${seed.path}: a part of the page was still loading after it had loaded`);
}

/** No boundary left pending (`<!--$?-->`) or failed (`<!--$!-->`), and so no script. */
function isWhole(html: string): boolean {
  return !html.includes('<!--$?-->') && !html.includes('<!--$!-->') && !html.includes('<script');
}

function page(seed: PrerenderSeed) {
  return (
    <StrictMode>
      <AppShell queryClient={createQueryClient()} prerendered={seedDigest(seed)}>
        <StaticRouter location={seed.path}>
          <AppRoutes />
        </StaticRouter>
      </AppShell>
    </StrictMode>
  );
}

/** Renders the page as a stream, which waits for every part to load, and reports its errors. */
async function renderWhenLoaded(seed: PrerenderSeed): Promise<void> {
  const errors: unknown[] = [];
  const { prelude } = await prerender(page(seed), {
    onError: (error) => void errors.push(error),
  });
  await new Response(prelude).text();
  if (errors.length > 0) {
    throw new Error(`${seed.path} failed to render`, { cause: errors[0] });
  }
}
