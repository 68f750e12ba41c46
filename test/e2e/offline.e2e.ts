import { mkdtempSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../support/build-site';
import { digest, entryLines } from '../support/digest-factory';
import { serveStatic, type StaticServer } from '../support/static-server';
import { expectNoAxeViolationsInBothThemes } from './checks';
import { browserPerFile, gotoApp, openPage, reloadApp, saveScreenshot, VIEWPORTS } from './browser';

/**
 * The site as a reader meets it on a plane: one visit online, then no network at all, and a new
 * deployment announced. Each test serves its own build with the site's own headers (the Content-
 * Security-Policy and the service worker's caching among them) and lets the worker install, which
 * every other end-to-end test blocks.
 */

const browser = browserPerFile();
const work = mkdtempSync(join(tmpdir(), 'offline-e2e-'));

const FIRST = 'Scaling Laws for Sparse Mixtures';
const DEEP = 'Reward Models Under Distribution Shift';
const DEEP_ID = '2024-03-07-reward-models-under-distribution-shift';
const DEEP_COMMENTARY = '보상 모델이 분포 이동에 얼마나 약한지 정리했습니다.';
const NEXT_BUILD_ONLY = 'A Paper Only the Next Deployment Has';

const DAYS = [
  '2024년 3월 8일',
  entryLines({ title: FIRST, tags: '#llm #scaling' }),
  entryLines({ title: 'Older Work on Tokenizers', tags: '#llm' }),
  '2024년 3월 7일',
  entryLines({
    title: DEEP,
    abstract: ['Rewards drift as $\\pi_\\theta$ moves away from $\\pi_{\\text{ref}}$.'],
    commentary: [DEEP_COMMENTARY],
    tags: '#rl',
  }),
];

let siteA: string;
let siteB: string;
beforeAll(() => {
  siteA = buildSite({ work, name: 'a', digest: digest(...DAYS) });
  siteB = buildSite({
    work,
    name: 'b',
    digest: digest('2024년 3월 9일', entryLines({ title: NEXT_BUILD_ONLY }), ...DAYS),
  });
}, 180_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Web font slices: offline, text in glyphs that no page drew online falls back to a system font. */
const FONT_FILE = /\.woff2?$/;

/**
 * Opens `path` of `server` with the site's policy in force and its service worker allowed, and
 * collects the page's errors, but for web fonts that could not be fetched offline.
 */
async function openWithWorker(server: StaticServer, path: string, viewport = VIEWPORTS.desktop) {
  const errors: string[] = [];
  const opened = await openPage(
    browser(),
    new URL(path, server.url).href,
    viewport,
    (page) => {
      page.on('console', (message) => {
        if (message.type() === 'error' && !FONT_FILE.test(message.location().url)) {
          errors.push(message.text());
        }
      });
      page.on('pageerror', (error) => errors.push(error.message));
      return Promise.resolve();
    },
    { enforcePolicy: true, allowServiceWorkers: true },
  );
  return { ...opened, errors };
}

/** Waits until the worker controls the page and holds the page itself and the digest. */
async function waitUntilKeptOffline(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          if (!navigator.serviceWorker.controller) return 'not controlled yet';
          const pages = await caches.open('pages');
          const digests = await caches.open('digests');
          const kept = (await pages.match(location.pathname)) && (await digests.keys()).length > 0;
          return kept ? 'kept' : 'caches still filling';
        }),
      { timeout: 20_000, interval: 200 },
    )
    .toBe('kept');
}

describe('offline', () => {
  test('after one visit to /, the home page, a paper and a tag open with no network', async () => {
    const server = await serveStatic(siteA, { applyHeadersFile: true });
    const { page, errors, close } = await openWithWorker(server, '/');
    try {
      await page.getByRole('link', { name: FIRST }).waitFor();
      await waitUntilKeptOffline(page);

      const precached = await page.evaluate(async () => {
        const name = (await caches.keys()).find((key) => key.includes('precache'));
        const cache = await caches.open(name ?? 'none');
        return (await cache.keys()).map((request) => new URL(request.url).pathname);
      });
      expect(precached).toContain('/404.html');
      expect(precached.some((path) => /^\/assets\/KaTeX_Main-Regular-.*\.woff2$/.test(path))).toBe(
        true,
      );
      expect(
        precached.filter((path) => /\.(txt|gz|br)$|^\/(index\.html|papers|tags)/.test(path)),
      ).toEqual([]);

      // The host is gone (the worker's own requests ignore the browser's offline switch), and
      // the browser knows it has no network: the header says so.
      await server.close();
      await page.context().setOffline(true);
      await page.getByRole('banner').getByTitle('오프라인: 저장된 논문을 보여 줍니다').waitFor();
      await saveScreenshot(page, 'offline-badge-desktop');

      await reloadApp(page);
      await page.getByRole('link', { name: FIRST }).waitFor();

      // A paper never opened, typed into the address bar: the app shell renders it.
      await gotoApp(page, new URL(`/papers/${DEEP_ID}`, server.url).href);
      await page.getByRole('heading', { level: 2, name: DEEP }).waitFor();
      const abstract = page.getByRole('region', { name: 'Abstract' });
      // KaTeX, its code and its fonts, is there too.
      await abstract.locator('.katex').first().waitFor();
      expect(await page.getByRole('region', { name: '해설' }).textContent()).toContain(
        DEEP_COMMENTARY,
      );

      await gotoApp(page, new URL('/tags/rl', server.url).href);
      await page.getByRole('link', { name: DEEP }).click();
      await page.getByRole('region', { name: 'Abstract' }).locator('.katex').first().waitFor();
      await page.getByRole('region', { name: '해설' }).getByText(DEEP_COMMENTARY).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('a new deployment is announced, and reloading shows it', async () => {
    // The folder the host serves, pointed at one build and then at the next.
    const live = join(work, 'live');
    symlinkSync(siteA, live);
    const server = await serveStatic(live, { applyHeadersFile: true });
    const { page, errors, close } = await openWithWorker(server, '/', VIEWPORTS.mobile);
    try {
      await waitUntilKeptOffline(page);
      expect(await page.getByRole('link', { name: NEXT_BUILD_ONLY }).count()).toBe(0);

      symlinkSync(siteB, `${live}.next`);
      renameSync(`${live}.next`, live);
      // The reader comes back to the tab.
      await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));

      const prompt = page.getByRole('status').getByText('새 버전이 있습니다');
      await prompt.waitFor();
      const box = await prompt.locator('..').boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= VIEWPORTS.mobile.width).toBe(true);
      await expectNoAxeViolationsInBothThemes(page);
      await saveScreenshot(page, 'update-prompt-mobile');

      await page.getByRole('button', { name: '새로고침' }).press('Enter');
      await page.getByRole('link', { name: NEXT_BUILD_ONLY }).waitFor();
      await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
      expect(await prompt.count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
      await server.close();
    }
  });
});
