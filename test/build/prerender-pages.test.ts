import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog';
import {
  fillTemplate,
  FIRST_SCREEN_ROWS,
  plannedPages,
  type PageHeads,
} from '../../src/build/prerender-pages';
import { parseSeed, PRERENDER_SEED_ID } from '../../src/features/digest/prerender-seed';
import { makeEntry } from '../support/entry-factory';

const heads: PageHeads = {
  paper: (entry) => `<title>${entry.id}</title>`,
  list: ({ path }) => `<title>${path}</title>`,
};

const TEMPLATE =
  '<!doctype html><html><head><meta charset="utf-8" /><title>논문 다이제스트</title>' +
  '<meta name="description" content="앱 설명" /></head>' +
  '<body><div id="root"></div></body></html>';

describe('plannedPages', () => {
  it('plans the home page, one page per tag and one per paper, each at the path the app writes', () => {
    const entries = [
      makeEntry({ id: 'a', date: '2024-03-08', tags: ['llm', '강화학습'] }),
      makeEntry({ id: 'b', date: '2024-03-07', tags: ['LLM'] }),
    ];
    const pages = [...plannedPages(buildCatalog(entries), heads)];
    expect(pages.map((page) => [page.path, page.file])).toEqual([
      ['/', 'index.html'],
      ['/tags/llm', 'tags/llm.html'],
      [`/tags/${encodeURIComponent('강화학습')}`, 'tags/강화학습.html'],
      ['/papers/a', 'papers/a.html'],
      ['/papers/b', 'papers/b.html'],
    ]);
    expect(pages[1]?.seed.entries.map((entry) => entry.id)).toEqual(['a', 'b']);
    expect(pages[3]?.seed).toEqual({ path: '/papers/a', entries: [entries[0]] });
    expect(pages[3]?.head).toBe('<title>a</title>');
  });

  it('carries only the first screen of a long list, newest day first', () => {
    const entries = Array.from({ length: 40 }, (_, index) =>
      makeEntry({ date: `2024-03-${String((index % 28) + 1).padStart(2, '0')}` }),
    );
    const [home] = plannedPages(buildCatalog(entries), heads);
    expect(home?.seed.entries).toHaveLength(FIRST_SCREEN_ROWS);
    expect(home?.seed.entries[0]?.date).toBe('2024-03-28');
  });

  it('gives no page of its own to a name that cannot be one file', () => {
    const entries = [makeEntry({ id: 'a', tags: ['a/b', '..', 'ok'] })];
    const files = [...plannedPages(buildCatalog(entries), heads)].map((page) => page.file);
    expect(files).toEqual(['index.html', 'tags/ok.html', 'papers/a.html']);
  });
});

describe('fillTemplate', () => {
  const seed = { path: '/papers/a', entries: [makeEntry({ id: 'a', title: 'Cost $5 </script>' })] };

  it("puts the page's head in place of the app's title and description", () => {
    const html = fillTemplate(TEMPLATE, {
      head: '<title>논문 — 논문 다이제스트</title>',
      body: '<main>본문</main>',
      seed,
      mathStylesheet: null,
    });
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).toContain('<title>논문 — 논문 다이제스트</title>');
    expect(html).not.toContain('앱 설명');
    expect(html).toContain('<div id="root"><main>본문</main></div>');
  });

  it('keeps dollar signs as written (no replacement patterns) and carries a seed that reads back', () => {
    const html = fillTemplate(TEMPLATE, {
      head: "<title>$& $' $1</title>",
      body: "<p>$& $` $$ $'</p>",
      seed,
      mathStylesheet: null,
    });
    expect(html).toContain("<title>$& $' $1</title>");
    expect(html).toContain("<p>$& $` $$ $'</p>");
    const script = new RegExp(
      `<script type="application/json" id="${PRERENDER_SEED_ID}">(.*?)</script>`,
    ).exec(html);
    expect(script?.[1]).not.toContain('</script>');
    expect(parseSeed(script?.[1])).toEqual(seed);
  });

  it('links the math stylesheet only on pages with typeset math', () => {
    const fill = (body: string) =>
      fillTemplate(TEMPLATE, { head: '', body, seed, mathStylesheet: '/assets/katex.css' });
    expect(fill('<span class="katex">x</span>')).toContain('href="/assets/katex.css"');
    expect(fill('<p>no math</p>')).not.toContain('katex.css');
  });
});
