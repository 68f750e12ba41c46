import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import react from '@vitejs/plugin-react';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { buildCatalog, type Catalog } from '../catalog/index.ts';
import { DigestMerger, parseDigest } from '../digest/index.ts';
import { missingSiteUrlNotes, type SiteSettings, type SitemapPage } from '../site/index.ts';
import { plannedPages, type PageJob } from './prerender-pages.ts';
import type { PrerenderWorkerData, PrerenderWorkerReply } from './prerender-worker.ts';
import { reactRouterProductionBuild } from './react-router-production.ts';
import { siteHeads, writeSiteFiles } from './site-files.ts';

/**
 * Renders `/`, every `/tags/:tag` and every `/papers/:id` to static HTML after the app is built:
 * a reader who follows a shared link sees the paper at the first paint, before any script, and
 * search engines and link previews see it at all. The app's own components render the pages
 * (react-dom/static, StaticRouter; see src/app/prerender), from the same digest files the app
 * ships, and the browser then takes each page over where it stands.
 *
 * Chosen over React Router's framework mode, which would move the whole app onto its file-based
 * routes and build, and over vite-prerender-plugin, which renders in the build's own thread and
 * keeps every page's HTML until the end: here pages are rendered by worker threads, in batches,
 * and written as they are done, so a 16,000-paper archive never sits in memory as HTML.
 */
export function prerenderPages({ site }: { site: SiteSettings }): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'prerender-pages',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      if (config.build.ssr) return;
      const startedAt = performance.now();
      const outDir = resolve(config.root, config.build.outDir);
      const catalog = shippedCatalog(outDir);
      const renderer = await buildRenderer(config);
      const sitemap: SitemapPage[] = [];
      let pages: number;
      try {
        pages = await renderPages(
          listedInSitemap(plannedPages(catalog, siteHeads(catalog, site)), sitemap),
          join(renderer, 'prerender-worker.js'),
          {
            template: readFileSync(join(outDir, 'index.html'), 'utf8'),
            outDir,
            mathStylesheet: mathStylesheet(outDir),
          },
        );
      } finally {
        rmSync(renderer, { recursive: true, force: true });
      }
      const files = writeSiteFiles(outDir, catalog, site, sitemap);
      const seconds = (performance.now() - startedAt) / 1000;
      config.logger.info(
        `prerendered ${pages} pages and ${files} feeds, sitemaps and robots files in ` +
          `${seconds.toFixed(1)} s (${Math.round(pages / seconds)} pages/s)`,
      );
      for (const note of missingSiteUrlNotes(site)) config.logger.warn(note);
    },
  };
}

/** Passes pages on, noting each in `sitemap` with the day it last changed: its newest paper's. */
function* listedInSitemap(pages: Iterable<PageJob>, sitemap: SitemapPage[]): Generator<PageJob> {
  for (const page of pages) {
    const newest = page.seed.entries.reduce<string | null>(
      (latest, { date }) => (date !== null && (latest === null || date > latest) ? date : latest),
      null,
    );
    sitemap.push({ path: page.path, lastmod: newest });
    yield page;
  }
}

/**
 * The page renderer as a module Node can run: the app's tree and the worker around it, bundled by
 * Vite for the server. In a folder of its own inside the project, so that its packages resolve
 * from node_modules and builds running at once (tests) never share one.
 */
async function buildRenderer(config: ResolvedConfig): Promise<string> {
  const cache = resolve(config.root, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const outDir = mkdtempSync(join(cache, 'prerender-'));
  await build({
    configFile: false,
    root: config.root,
    mode: config.mode,
    logLevel: 'warn',
    publicDir: false,
    plugins: [reactRouterProductionBuild(), react()],
    resolve: { alias: config.resolve.alias },
    ssr: { noExternal: ['react-router'] },
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      minify: false,
      rolldownOptions: {
        input: { 'prerender-worker': resolve(config.root, 'src/build/prerender-worker.ts') },
      },
    },
  });
  return outDir;
}

/**
 * The digest the app shows, as the built app loads it: its files in dist/assets (named oldest
 * first, their days already newest first), merged newest file first.
 */
function shippedCatalog(outDir: string): Catalog {
  const assets = join(outDir, 'assets');
  const files = readdirSync(assets)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .reverse();
  const merger = new DigestMerger();
  for (const name of files) merger.add(name, parseDigest(readFileSync(join(assets, name), 'utf8')));
  return buildCatalog(merger.entries);
}

/** KaTeX's stylesheet, which the app loads with the math renderer, as its URL. */
function mathStylesheet(outDir: string): string | null {
  const name = readdirSync(join(outDir, 'assets')).find(
    (file) =>
      file.endsWith('.css') &&
      readFileSync(join(outDir, 'assets', file), 'utf8').includes('.katex{'),
  );
  return name ? `/assets/${name}` : null;
}

/** Pages sent to a worker at a time: enough to keep it busy, few enough to hold. */
const BATCH = 64;

async function renderPages(
  pages: Iterable<PageJob>,
  workerFile: string,
  data: PrerenderWorkerData,
): Promise<number> {
  const pending = pages[Symbol.iterator]();
  const nextBatch = (): PageJob[] => {
    const batch: PageJob[] = [];
    while (batch.length < BATCH) {
      const next = pending.next();
      if (next.done) break;
      batch.push(next.value);
    }
    return batch;
  };
  // The first batch decides whether one thread will do.
  const first = nextBatch();
  const threads = first.length < BATCH ? 1 : availableParallelism();
  const queue = [first];
  const workers = Array.from(
    { length: threads },
    // Not the build's own Node flags (a loader, --input-type): the renderer is plain JavaScript.
    () => new Worker(workerFile, { workerData: data, execArgv: [] }),
  );
  try {
    const written = await Promise.all(
      workers.map(
        (worker) =>
          new Promise<number>((done, fail) => {
            let count = 0;
            const send = () => {
              const batch = queue.pop() ?? nextBatch();
              if (batch.length === 0) done(count);
              else worker.postMessage(batch);
            };
            worker.on('message', (reply: PrerenderWorkerReply) => {
              if ('error' in reply) fail(new Error(`prerendering failed: ${reply.error}`));
              else {
                count += reply.written;
                send();
              }
            });
            worker.on('error', fail);
            worker.on('exit', (code) => {
              if (code !== 0) fail(new Error(`a prerender worker stopped with code ${code}`));
            });
            send();
          }),
      ),
    );
    return written.reduce((sum, count) => sum + count, 0);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
