import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, ViewportSize } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { libraryStorageKey, storageKey } from '../../src/library';
import { buildSite } from '../support/build-site';
import { digest, entryLines } from '../support/digest-factory';
import { HOSTILE_MARKUP } from '../support/hostile-markup';
import { serveStatic, type StaticServer } from '../support/static-server';
import { browserPerFile, VIEWPORTS } from './browser';

/**
 * Pages rendered ahead of time, as a reader who follows a shared link meets them: without any
 * script, then taken over by the app. Built here from a digest with math and hostile text, and
 * served with the site's own headers (its Content-Security-Policy among them).
 */

const browser = browserPerFile();
const work = mkdtempSync(join(tmpdir(), 'prerender-e2e-'));

const MATH_TITLE = 'Scaling Laws for Sparse Mixtures';
const MATH_ID = '2024-03-08-scaling-laws-for-sparse-mixtures';
const HOSTILE_TITLE = 'Mischief in Every Field';
const HOSTILE_ID = '2024-03-08-mischief-in-every-field';

const DIGEST = digest(
  '2024년 3월 8일',
  entryLines({
    title: MATH_TITLE,
    abstract: ['We fit $L(N) = aN^{-\\alpha}$ over 256$\\times$256 runs -- and it holds.'],
    commentary: ['손실이 $N^{-\\alpha}$ 로 줄어든다는 **멱법칙**을 확인했습니다.'],
    tags: '#llm #scaling',
  }),
  entryLines({
    title: HOSTILE_TITLE,
    abstract: [`Abstract ${HOSTILE_MARKUP.join(' ')}`],
    commentary: [`해설 ${HOSTILE_MARKUP.join(' ')}`],
  }),
  '2024년 3월 7일',
  ...Array.from({ length: 12 }, (_, index) => entryLines({ title: `Older Paper ${index + 1}` })),
);

let site: StaticServer;
beforeAll(async () => {
  site = await serveStatic(buildSite({ work, digest: DIGEST }), { applyHeadersFile: true });
}, 120_000);

afterAll(async () => {
  await site?.close();
  rmSync(work, { recursive: true, force: true });
});

async function openWithoutScripts(path: string, viewport: ViewportSize) {
  const context = await browser().newContext({
    viewport,
    javaScriptEnabled: false,
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.goto(new URL(path, site.url).href);
  return { page, close: () => context.close() };
}

/** Every layout shift the page makes, summed as Cumulative Layout Shift counts them. */
const LAYOUT_SHIFT_PROBE = `
  window.layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
`;

async function openWithScripts(opened: Browser, path: string, viewport: ViewportSize) {
  const context = await opened.newContext({ viewport, locale: 'ko-KR', serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    // The web font's files are turned away below, which the console reports.
    if (message.location().url.includes('PretendardVariable')) return;
    // Said by the test's own browser, which keeps the site's worker out of these tests.
    if (message.text() === 'Service Worker registration blocked by Playwright') return;
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(LAYOUT_SHIFT_PROBE);
  // As on a phone with a Korean font of its own, which never loads the web font: this machine has
  // none, and the web font's swap would shift text whatever the app does.
  await page.route('**/PretendardVariable*', (route) => route.abort());
  await page.goto(new URL(path, site.url).href);
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
  return { page, problems, close: () => context.close() };
}

/** Waits until the digest has loaded in full and the page has settled. */
async function settled(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 500))),
  );
}

describe('with JavaScript off', () => {
  test('a paper page shows its title, authors, typeset math and commentary', async () => {
    const { page, close } = await openWithoutScripts(`/papers/${MATH_ID}`, VIEWPORTS.mobile);
    try {
      const article = page.locator('article');
      await expect(article.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
        MATH_TITLE,
      );
      const abstract = article.getByRole('region', { name: 'Abstract' });
      expect(await abstract.locator('.katex').count()).toBeGreaterThanOrEqual(2);
      expect(await abstract.textContent()).toContain('– and it holds');
      const commentary = article.getByRole('region', { name: '해설' });
      expect(await commentary.textContent()).toContain('멱법칙을 확인했습니다');
      expect(await commentary.locator('.katex').count()).toBe(1);
      expect(await page.title()).toBe(`${MATH_TITLE} — 논문 다이제스트`);
      // KaTeX's stylesheet lays the formulas out at the first paint.
      const fraction = await abstract
        .locator('.katex .msupsub')
        .first()
        .evaluate((element) => getComputedStyle(element).textAlign);
      expect(fraction).toBe('left');
    } finally {
      await close();
    }
  });

  test('the home page and a tag page show their first rows', async () => {
    for (const path of ['/', '/tags/llm']) {
      const { page, close } = await openWithoutScripts(path, VIEWPORTS.desktop);
      try {
        await expect(page.getByRole('link', { name: MATH_TITLE }).count()).resolves.toBe(1);
        if (path === '/') {
          expect(await page.getByRole('link', { name: 'Older Paper 1', exact: true }).count()).toBe(
            1,
          );
        }
      } finally {
        await close();
      }
    }
  });

  test('hostile text is text: no element or attribute it asks for, no script run', async () => {
    const { page, close } = await openWithoutScripts(`/papers/${HOSTILE_ID}`, VIEWPORTS.desktop);
    try {
      expect(await page.locator('article').textContent()).toContain('<script>alert(1)</script>');
      expect(await page.locator('#root img, #root iframe, #root script, #root style').count()).toBe(
        0,
      );
      expect(await page.locator('a[href^="javascript" i], a[href^="data" i]').count()).toBe(0);
      const handlers = await page.evaluate(() =>
        [...document.querySelectorAll('*')].flatMap((element) =>
          [...element.attributes]
            .filter((attribute) => /^on/i.test(attribute.name))
            .map((attribute) => attribute.name),
        ),
      );
      expect(handlers).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('before the app has loaded', () => {
  test("the page is in the reader's theme, with their saved paper pressed", async () => {
    const context = await browser().newContext({
      viewport: VIEWPORTS.mobile,
      colorScheme: 'light',
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    try {
      await page.addInitScript(
        ([library, theme, id]) => {
          localStorage.setItem(theme, 'dark');
          localStorage.setItem(
            library,
            JSON.stringify({ version: 1, bookmarks: { [id]: { id } }, read: {}, notes: {} }),
          );
        },
        [libraryStorageKey(), storageKey('theme'), MATH_ID] as const,
      );
      // Only the page and its inline scripts: the app's own script never arrives.
      await page.route('**/assets/*.js', (route) => route.abort());
      await page.goto(new URL(`/papers/${MATH_ID}`, site.url).href);
      expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(
        true,
      );
      const toggle = page.getByRole('button', { name: `책갈피: ${MATH_TITLE}` });
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      expect(await toggle.innerText()).toBe('책갈피됨');
      expect(await page.locator('html[data-app-ready]').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});

describe('with JavaScript on', () => {
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    for (const path of ['/', `/papers/${MATH_ID}`, '/tags/llm']) {
      test(`at ${name} width, ${path} is taken over with no error and no layout shift`, async () => {
        const { page, problems, close } = await openWithScripts(browser(), path, viewport);
        try {
          await settled(page);
          expect(problems).toEqual([]);
          const shift = await page.evaluate(
            () => (window as unknown as { layoutShift: number }).layoutShift,
          );
          expect(shift).toBeLessThanOrEqual(0.02);
        } finally {
          await close();
        }
      });
    }
  }

  test('the hostile paper runs no script under the site policy, and the app still reads it', async () => {
    const { page, problems, close } = await openWithScripts(
      browser(),
      `/papers/${HOSTILE_ID}`,
      VIEWPORTS.desktop,
    );
    try {
      await page.addInitScript(() => {
        (window as unknown as { alert: () => void }).alert = () => {
          document.documentElement.dataset.alerted = '';
        };
      });
      await page.reload();
      await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
      await settled(page);
      expect(await page.locator('html[data-alerted]').count()).toBe(0);
      expect(await page.locator('article').getByRole('heading', { level: 2 }).textContent()).toBe(
        HOSTILE_TITLE,
      );
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  test('an address with a search is drawn anew from the digest', async () => {
    const { page, problems, close } = await openWithScripts(
      browser(),
      '/?q=sparse',
      VIEWPORTS.desktop,
    );
    try {
      await expect
        .poll(() => page.getByRole('link', { name: 'Older Paper 1', exact: true }).count())
        .toBe(0);
      await page.getByRole('link', { name: MATH_TITLE }).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
