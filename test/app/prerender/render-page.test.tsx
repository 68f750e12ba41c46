import { describe, expect, it } from 'vitest';
import { renderPage } from '../../../src/app/prerender/render-page';
import { fillTemplate } from '../../../src/build/prerender-pages';
import { parseSeed, PRERENDER_SEED_ID } from '../../../src/features/digest/prerender-seed';
import { paperHead, siteSettings } from '../../../src/site';
import { makeEntry } from '../../support/entry-factory';
import { HOSTILE_MARKUP } from '../../support/hostile-markup';

const TEMPLATE =
  '<!doctype html><html lang="ko"><head><meta charset="utf-8" /><title>논문 다이제스트</title>' +
  '<script type="module" src="/assets/index.js"></script></head>' +
  '<body><div id="root"></div></body></html>';

const site = siteSettings('https://digest.example');

/** The whole page as the build writes it: its head, the app rendered ahead of time, its seed. */
async function prerenderedPaper(overrides: Parameters<typeof makeEntry>[0]) {
  const entry = makeEntry(overrides);
  const seed = { path: `/papers/${encodeURIComponent(entry.id)}`, entries: [entry] };
  const html = fillTemplate(TEMPLATE, {
    head: paperHead(entry, site),
    body: await renderPage(seed),
    seed,
    mathStylesheet: '/assets/katex.css',
  });
  return { entry, seed, html, document: new DOMParser().parseFromString(html, 'text/html') };
}

/** Only the page's own scripts: the app's module, the seed and the JSON-LD, none of them inline code. */
function expectNothingAskedFor(document: Document) {
  const scripts = [...document.querySelectorAll('script')].map(
    (script) => script.getAttribute('type') ?? '',
  );
  expect(scripts.sort()).toEqual(['application/json', 'application/ld+json', 'module']);
  expect(document.querySelector('img, iframe, object, embed, style, base')).toBeNull();
  for (const element of document.querySelectorAll('*')) {
    for (const { name } of element.attributes) expect(name).not.toMatch(/^on/i);
  }
  for (const link of document.querySelectorAll('a[href]')) {
    expect(link.getAttribute('href')).toMatch(/^(https?:\/\/|mailto:|\/|#)/i);
  }
  expect(document.querySelectorAll('title')).toHaveLength(1);
  expect(document.querySelector('meta[name="robots"]')).toBeNull();
}

describe('a paper page rendered ahead of time', () => {
  it('shows the title, authors, date, tags, abstract and commentary before any script runs', async () => {
    const { document } = await prerenderedPaper({
      title: 'Scaling Laws',
      authors: ['Ann Lee', 'Bo Kim'],
      abstract: 'We fit $L = aN^{-b}$ to runs.',
      commentary: '모델을 키우면 손실이 **멱법칙**으로 줄어듭니다.',
      tags: ['llm', 'scaling'],
    });
    const article = document.querySelector('article');
    expect(article?.querySelector('h2')?.textContent).toBe('Scaling Laws');
    expect(article?.textContent).toContain('Ann Lee');
    expect(article?.textContent).toContain('2024년 3월 8일');
    expect(article?.textContent).toContain('#scaling');
    expect(article?.textContent).toContain('모델을 키우면 손실이 멱법칙으로 줄어듭니다.');
    expect(article?.querySelector('.katex')).not.toBeNull();
    expect(document.querySelector('link[href="/assets/katex.css"]')).not.toBeNull();
  });

  it.each(HOSTILE_MARKUP)('adds no element or attribute that %j asks for', async (hostile) => {
    const { seed, html, document } = await prerenderedPaper({
      title: `Title ${hostile}`,
      authors: [`Ann ${hostile}`],
      abstract: `Abstract ${hostile}`,
      commentary: `해설 ${hostile}\n둘째 ${hostile}`,
      tags: ['llm', `tag${hostile}`.replace(/\s/g, '')],
    });
    expectNothingAskedFor(document);
    const carried = document.getElementById(PRERENDER_SEED_ID)?.textContent;
    expect(parseSeed(carried)).toEqual(JSON.parse(JSON.stringify(seed)));
    expect(html).not.toContain('<script>alert');
  });
});
