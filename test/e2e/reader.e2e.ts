import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { parseDigest } from '../../src/digest';
import { digest, entryLines } from '../support/digest-factory';
import { syntheticDigest } from '../support/synthetic-digest';
import { expectNoAxeViolations, serveDigest } from './checks';
import { browserPerFile, openPage, reloadApp, saveScreenshot, VIEWPORTS } from './browser';

const browser = browserPerFile();

const YI = 'Yi: Open Foundation Models by 01.AI';
const YI_ID = '2024-03-08-yi-open-foundation-models-by-01-ai';
const RL = 'Teaching Large Language Models to Reason with Reinforcement Learning';

function list(page: Page) {
  return page.getByRole('list', { name: '논문 목록' });
}

describe('reading the digest', () => {
  test('picks a tag, opens a paper, and shows abstract beside commentary on a desktop', async () => {
    const { page, errors, close } = await openPage(browser(), '/', VIEWPORTS.desktop);
    try {
      await list(page).getByRole('link', { name: YI }).waitFor();
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'reader-list-desktop');

      await page
        .getByRole('navigation', { name: '태그' })
        .getByRole('link', { name: /^rl\b/ })
        .click();
      await page.waitForURL(/[?&]tags=rl\b/);
      expect(await list(page).getByRole('link').allTextContents()).toEqual([
        expect.stringContaining(RL),
      ]);

      await list(page).getByRole('link', { name: RL }).click();
      await page.waitForURL(/\/papers\/2024-03-08-teaching-large-language-models/);
      const heading = page.getByRole('heading', { level: 2, name: RL });
      await heading.waitFor();
      expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);

      const abstract = await page.getByRole('region', { name: 'Abstract' }).boundingBox();
      const commentary = await page.getByRole('region', { name: '해설' }).boundingBox();
      expect(abstract && commentary).toBeTruthy();
      // Side by side: same row, commentary to the right.
      expect(Math.abs(abstract!.y - commentary!.y)).toBeLessThan(4);
      expect(commentary!.x).toBeGreaterThan(abstract!.x + abstract!.width - 1);
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'reader-detail-desktop');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('stacks abstract and commentary on a phone, with a way back to the list', async () => {
    const { page, errors, close } = await openPage(browser(), `/papers/${YI_ID}`, VIEWPORTS.mobile);
    try {
      await page.getByRole('heading', { level: 2, name: YI }).waitFor();
      const abstract = await page.getByRole('region', { name: 'Abstract' }).boundingBox();
      const commentary = await page.getByRole('region', { name: '해설' }).boundingBox();
      expect(commentary!.y).toBeGreaterThanOrEqual(abstract!.y + abstract!.height - 1);
      const scrollsSideways = await page.evaluate(
        () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
      );
      expect(scrollsSideways).toBe(false);
      await saveScreenshot(page, 'reader-detail-mobile');

      await page.getByRole('link', { name: '목록으로' }).click();
      await page.waitForURL((url) => url.pathname === '/');
      await list(page).getByRole('link', { name: YI }).waitFor();
      await saveScreenshot(page, 'reader-list-mobile');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('a deep link to a paper further down scrolls its row into the list', async () => {
    const titles = Array.from({ length: 14 }, (_, i) => `Paper Number ${i + 1} on Scaling`);
    const text = digest('2024년 3월 8일', ...titles.map((title) => entryLines({ title })));
    const { page, errors, close } = await openPage(
      browser(),
      '/papers/2024-03-08-paper-number-5-on-scaling',
      VIEWPORTS.desktop,
      (page) => serveDigest(page, text),
    );
    try {
      await page.getByRole('heading', { level: 2, name: 'Paper Number 5 on Scaling' }).waitFor();
      const row = list(page).getByRole('link', { name: 'Paper Number 5 on Scaling' });
      await row.waitFor();
      // The list's scroll element is the list's parent; the row must be inside its box.
      await page.waitForFunction(
        () => {
          const link = document.querySelector('[aria-label="논문 목록"] a[aria-current="page"]');
          const scroller = document.querySelector('[aria-label="논문 목록"]')?.parentElement;
          if (!link || !scroller) return false;
          const inner = link.getBoundingClientRect();
          const outer = scroller.getBoundingClientRect();
          return inner.top >= outer.top && inner.bottom <= outer.bottom;
        },
        null,
        { timeout: 5000 },
      );
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('a deep link survives a reload and keeps the view in the URL', async () => {
    const { page, close } = await openPage(
      browser(),
      `/papers/${YI_ID}?view=commentary`,
      VIEWPORTS.desktop,
    );
    try {
      await page.getByRole('heading', { level: 2, name: YI }).waitFor();
      expect(await page.getByRole('region', { name: 'Abstract' }).count()).toBe(0);
      await reloadApp(page);
      await page.getByRole('heading', { level: 2, name: YI }).waitFor();
      expect(await page.getByRole('region', { name: 'Abstract' }).count()).toBe(0);
      const selected = list(page).locator('[aria-current="page"]');
      expect(await selected.textContent()).toContain(YI);
      expect(await selected.isVisible()).toBe(true);
    } finally {
      await close();
    }
  });

  test('an unknown id offers the nearest titles', async () => {
    const { page, errors, close } = await openPage(
      browser(),
      '/papers/2024-03-08-yi-open-foundation-model',
      VIEWPORTS.desktop,
    );
    try {
      await page.getByRole('heading', { name: '논문을 찾을 수 없습니다' }).waitFor();
      await page.getByRole('link', { name: YI }).first().waitFor();
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'reader-not-found');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('keeps dark mode across reloads and passes axe in it', async () => {
    const { page, close } = await openPage(browser(), `/papers/${YI_ID}`, VIEWPORTS.desktop);
    try {
      await page.getByRole('heading', { level: 2, name: YI }).waitFor();
      const toggle = page.getByRole('button', { name: '다크 모드' });
      const wasDark = (await toggle.getAttribute('aria-pressed')) === 'true';
      await toggle.click();
      if (wasDark) await toggle.click();
      await reloadApp(page);
      await page.getByRole('heading', { level: 2, name: YI }).waitFor();
      expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(
        true,
      );
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'reader-detail-dark');
    } finally {
      await close();
    }
  });
});

describe('digests of every kind', () => {
  test('renders math with KaTeX and hostile text as text', async () => {
    const text = digest(
      '2024년 3월 8일',
      entryLines({
        title: 'Math and Mischief',
        abstract: [
          'We reach $10^6$ steps with \\textbf{RLHF} and \\href{javascript:alert(1)}{a link}.',
        ],
        commentary: [
          '수식 $E = mc^2$ 와 <script>alert(1)</script> <img src=x onerror=alert(1)> [링크](javascript:alert(1))',
        ],
      }),
    );
    const { page, errors, close } = await openPage(
      browser(),
      '/papers/2024-03-08-math-and-mischief',
      VIEWPORTS.desktop,
      (page) => serveDigest(page, text),
    );
    try {
      await page.getByRole('heading', { level: 2, name: 'Math and Mischief' }).waitFor();
      await page.locator('article .katex').first().waitFor();
      expect(await page.locator('article .katex').count()).toBeGreaterThanOrEqual(2);
      expect(await page.locator('article script, article img').count()).toBe(0);
      expect(await page.locator('a[href^="javascript"]').count()).toBe(0);
      expect(
        await page
          .locator('article')
          .getByText('<script>alert(1)</script>', { exact: false })
          .count(),
      ).toBe(1);
      await saveScreenshot(page, 'reader-math');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('a failed load says so and its retry recovers', async () => {
    let fail = true;
    const { page, close } = await openPage(browser(), '/', VIEWPORTS.desktop, async (page) => {
      await page.route('**/assets/digest-*.txt', (route) =>
        fail ? route.fulfill({ status: 404, body: 'gone' }) : route.fallback(),
      );
    });
    try {
      await page.getByRole('alert').getByText('다이제스트를 불러오지 못했습니다').waitFor();
      await saveScreenshot(page, 'reader-load-error');
      fail = false;
      await page.getByRole('button', { name: '다시 시도' }).click();
      await list(page).getByRole('link', { name: YI }).waitFor();
    } finally {
      await close();
    }
  });

  test('while the digest loads, the keyboard reaches nothing that is not shown', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // An address with a filter, which no page was rendered ahead of time for: the app starts
    // with nothing to show until the digest arrives.
    const { page, close } = await openPage(
      browser(),
      '/?unread=1',
      VIEWPORTS.desktop,
      async (page) => {
        await page.route('**/assets/digest-*.txt', async (route) => {
          await held;
          await route.fallback();
        });
      },
    );
    try {
      await page.getByRole('status').getByText('다이제스트를 불러오는 중…').waitFor();
      // The screen adds an invisible sample of the list's type a frame after its first paint.
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))),
      );
      const reached: string[] = [];
      for (let press = 0; press < 12; press++) {
        await page.keyboard.press('Tab');
        reached.push(
          await page.evaluate(() =>
            document.activeElement?.closest('[inert], [aria-hidden="true"]') ? 'hidden' : 'shown',
          ),
        );
      }
      expect(reached).not.toContain('hidden');
      release();
      await list(page).getByRole('link', { name: YI }).waitFor();
    } finally {
      release();
      await close();
    }
  });

  test('an empty digest explains how to add one', async () => {
    const { page, close } = await openPage(browser(), '/', VIEWPORTS.desktop, (page) =>
      serveDigest(page, ''),
    );
    try {
      await page.getByRole('heading', { name: '다이제스트에 논문이 없습니다' }).waitFor();
      await saveScreenshot(page, 'reader-empty');
    } finally {
      await close();
    }
  });

  test('a large digest is parsed in a worker as it streams in, and all of it arrives', async () => {
    const large = syntheticDigest({ entries: 2500 });
    const { entries } = parseDigest(large);
    const newest = entries.reduce((a, b) => ((b.date ?? '') > (a.date ?? '') ? b : a));
    const workers: string[] = [];
    const { page, errors, close } = await openPage(browser(), '/', VIEWPORTS.desktop, (page) => {
      page.on('worker', (worker) => workers.push(worker.url()));
      return serveDigest(page, large);
    });
    try {
      await page.getByRole('link', { name: /^전체 논문\s*2,500/ }).waitFor();
      expect(workers.some((url) => url.includes('digest-parser'))).toBe(true);
      await expect(
        page.getByRole('status').filter({ hasText: '더 불러오는 중' }).count(),
      ).resolves.toBe(0);
      await list(page).getByRole('link', { name: newest.title }).first().waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('the list stays in place when a large digest finishes loading', async () => {
    const bytes = Buffer.from(syntheticDigest({ entries: 2500 }));
    // Past the size that goes to the worker, so that the first papers show before the end.
    const head = 1_200_000;
    let finish = () => {};
    const server = createServer((_, response) => {
      response.writeHead(200, {
        'content-type': 'text/plain; charset=utf-8',
        'access-control-allow-origin': '*',
      });
      response.write(bytes.subarray(0, head));
      finish = () => response.end(bytes.subarray(head));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const src = `http://127.0.0.1:${(server.address() as AddressInfo).port}/digest.txt`;
    const { page, errors, close } = await openPage(
      browser(),
      `/?src=${encodeURIComponent(src)}`,
      VIEWPORTS.desktop,
    );
    try {
      await page.getByRole('status').filter({ hasText: '더 불러오는 중' }).waitFor();
      await list(page).getByRole('listitem').first().waitFor();
      const top = async () => (await list(page).boundingBox())?.y;
      const before = await top();
      expect(before).toBeGreaterThan(0);
      finish();
      await page.getByRole('link', { name: /^전체 논문\s*2,500/ }).waitFor();
      await page
        .getByRole('status')
        .filter({ hasText: '더 불러오는 중' })
        .waitFor({ state: 'detached' });
      expect(await top()).toBe(before);
      expect(errors).toEqual([]);
    } finally {
      await close();
      server.closeAllConnections();
      server.close();
    }
  });
});
