import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { syntheticDigest } from '../support/synthetic-digest';
import { expectNoAxeViolations } from './checks';
import { browserPerFile, openPage, saveScreenshot, VIEWPORTS } from './browser';

const browser = browserPerFile();

const YI = 'Yi: Open Foundation Models by 01.AI';
const YI_ID = '2024-03-08-yi-open-foundation-models-by-01-ai';
// The shipped digest, whose papers are rendered ahead of time, and enough papers after it that
// every paper has five related ones.
const DIGEST = `${readFileSync(new URL('../../data/digest.txt', import.meta.url), 'utf8')}\n${syntheticDigest({ entries: 60 })}`;

function open(path: string, colorScheme: 'light' | 'dark', enforcePolicy = false) {
  return openPage(
    browser(),
    path,
    VIEWPORTS.desktop,
    async (page) => {
      await page.emulateMedia({ colorScheme });
      await page.route('**/assets/digest-*.txt', (route) =>
        route.fulfill({ body: DIGEST, contentType: 'text/plain; charset=utf-8' }),
      );
    },
    { enforcePolicy },
  );
}

function related(page: Page) {
  return page.getByRole('region', { name: '비슷한 논문' }).getByRole('list');
}

describe('related papers', () => {
  test('a paper page lists five related papers, each with why, that open', async () => {
    // Under the site's Content-Security-Policy, which must let the worker run.
    const { page, errors, close } = await open(`/papers/${YI_ID}`, 'light', true);
    try {
      await page.getByRole('heading', { level: 2, name: YI }).waitFor();
      const links = related(page).getByRole('link');
      await links.nth(4).waitFor();
      expect(await links.count()).toBe(5);
      const items = await related(page).getByRole('listitem').allInnerTexts();
      for (const item of items) expect(item).toMatch(/같은 태그|같은 저자|겹치는 말/);
      await page.getByRole('region', { name: '비슷한 논문' }).scrollIntoViewIfNeeded();
      await saveScreenshot(page, 'related-papers');

      const title = (await links.first().innerText()).trim();
      await links.first().click();
      await page.waitForURL(
        (url) => url.pathname.startsWith('/papers/') && !url.pathname.endsWith(YI_ID),
      );
      await page.getByRole('heading', { level: 2, name: title }).waitFor();
      // The paper it opened has related papers of its own.
      await related(page).getByRole('link').nth(4).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`passes axe with related papers shown, ${colorScheme}`, async () => {
      const { page, close } = await open(`/papers/${YI_ID}`, colorScheme);
      try {
        await related(page).getByRole('link').nth(4).waitFor();
        expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(
          colorScheme === 'dark',
        );
        await expectNoAxeViolations(page);
      } finally {
        await close();
      }
    });
  }
});
