import { tagKey, type Catalog } from '../catalog/index.ts';
import type { DigestEntry } from '../digest/index.ts';
import {
  serializeSeed,
  PRERENDER_SEED_ID,
  type PrerenderSeed,
} from '../features/digest/prerender-seed.ts';

/**
 * Which pages the build renders ahead of time, and how each becomes a file. Kept free of Node's
 * APIs, so it can be tested as it is.
 */

/** One page to render: where it is served, the papers its first screen shows, and its head. */
export interface PageJob {
  /** The path the app writes for this page, e.g. `/papers/2024-03-08-yi`. */
  path: string;
  /** The file, relative to the output folder, that static hosts serve at `path`. */
  file: string;
  seed: PrerenderSeed;
  /** HTML for the page's `<head>`: its title, description, links and metadata. */
  head: string;
}

/**
 * How many papers of a list a page carries: more than a tall window shows (the list renders what
 * a 1,200 px window would before it knows its size; see PRERENDERED_LIST_RECT), few enough that
 * a phone's first download stays small.
 */
export const FIRST_SCREEN_ROWS = 16;

export interface PageHeads {
  paper: (entry: DigestEntry) => string;
  list: (page: { path: string; tag: string | null; label: string | null }) => string;
}

/**
 * Every page: `/`, each tag's page, each paper's page. Yielded one at a time, so that no more
 * than a batch of pages is ever held at once, however large the archive.
 */
export function* plannedPages(catalog: Catalog, heads: PageHeads): Generator<PageJob> {
  const listed = listOrder(catalog);
  yield {
    path: '/',
    file: 'index.html',
    seed: { path: '/', entries: listed.slice(0, FIRST_SCREEN_ROWS) },
    head: heads.list({ path: '/', tag: null, label: null }),
  };
  for (const { key, label } of catalog.tags) {
    const file = servedFile('tags', key);
    if (!file) continue;
    const path = `/tags/${encodeURIComponent(key)}`;
    const entries: DigestEntry[] = [];
    for (const entry of listed) {
      if (entry.tags.some((tag) => tagKey(tag) === key)) entries.push(entry);
      if (entries.length === FIRST_SCREEN_ROWS) break;
    }
    yield { path, file, seed: { path, entries }, head: heads.list({ path, tag: key, label }) };
  }
  const seen = new Set<string>();
  for (const entry of catalog.entries) {
    if (seen.has(entry.id)) continue;
    seen.add(entry.id);
    const file = servedFile('papers', entry.id);
    if (!file) continue;
    const path = `/papers/${encodeURIComponent(entry.id)}`;
    yield { path, file, seed: { path, entries: [entry] }, head: heads.paper(entry) };
  }
}

/** The list's papers in the order its rows show them: by day, newest first. */
export function listOrder(catalog: Catalog): DigestEntry[] {
  const ordered: DigestEntry[] = [];
  for (const day of catalog.days) for (const entry of day.entries) ordered.push(entry);
  return ordered;
}

/**
 * `folder/<name>.html`, served at `/folder/<name>` by hosts that try `$uri.html` (Netlify,
 * Cloudflare Pages, GitHub Pages, nginx's try_files): no trailing slash and no redirect. A name
 * that cannot be one file name (a `/`, `..`) has no page of its own; the app still shows it.
 */
function servedFile(folder: string, name: string): string | null {
  return hasOwnFile(name) ? `${folder}/${name}.html` : null;
}

/** Whether `name` can name a file of its own in a folder. */
export function hasOwnFile(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[/\\\0]/.test(name);
}

/** The element that carries a page's seed to the browser (see PrerenderedDigestProvider). */
export function seedScript(seed: PrerenderSeed): string {
  return `<script type="application/json" id="${PRERENDER_SEED_ID}">${serializeSeed(seed)}</script>`;
}

/**
 * The built index.html with a page's head, its rendered body and its seed. The template's own
 * title and description give way to the page's, and its preload of the digest goes; a page with
 * typeset math links KaTeX's stylesheet so that its formulas are laid out at the first paint.
 */
export function fillTemplate(
  template: string,
  page: { head: string; body: string; seed: PrerenderSeed; mathStylesheet: string | null },
): string {
  const body = page.body.replace(/^(<title>[^<]*<\/title>)+/, '');
  const math =
    page.mathStylesheet && body.includes('class="katex"')
      ? `<link rel="stylesheet" href="${page.mathStylesheet}" />`
      : '';
  // Replaced by functions: a replacement string would read the `$` of TeX as a pattern.
  return (
    template
      .replace(/<title>[^<]*<\/title>/, '')
      // The page shows its papers without the digest, which then loads once the app starts: on a
      // phone's network its hundreds of kilobytes would otherwise share the first paint's bandwidth.
      .replace(/<link rel="preload" as="fetch"[^>]*>/, '')
      .replace(/<meta\s+name="description"[^>]*>/, '')
      .replace('</head>', () => `${page.head}${math}</head>`)
      .replace(
        '<div id="root"></div>',
        () => `<div id="root">${body}</div>${seedScript(page.seed)}`,
      )
  );
}
