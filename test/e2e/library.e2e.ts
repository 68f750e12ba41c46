import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { browserPerFile, gotoApp, openPage, reloadApp, saveScreenshot, VIEWPORTS } from './browser';

const browser = browserPerFile();

const YI = 'Yi: Open Foundation Models by 01.AI';
const RL = 'Teaching Large Language Models to Reason with Reinforcement Learning';
const LIBRARY_KEY = 'digest-reader:v1:library:default';

function rowToggle(page: Page, title: string) {
  return page
    .getByRole('list', { name: '논문 목록' })
    .getByRole('button', { name: `책갈피: ${title}` });
}

async function waitForList(page: Page): Promise<void> {
  await rowToggle(page, YI).waitFor();
}

/** The store batches writes; wait until storage holds what the page shows. */
async function waitForSaved(page: Page, predicate: string): Promise<void> {
  await page.waitForFunction(
    `(() => { try { const v = JSON.parse(localStorage.getItem('${LIBRARY_KEY}')); return ${predicate}; } catch { return false; } })()`,
  );
}

describe('my library', () => {
  test('bookmarks survive a reload', async () => {
    const { page, errors, close } = await openPage(browser(), '/', VIEWPORTS.desktop);
    try {
      await waitForList(page);
      await rowToggle(page, YI).click();
      await rowToggle(page, RL).click();
      await waitForSaved(page, 'Object.keys(v.bookmarks).length === 2');
      await reloadApp(page);
      await waitForList(page);
      expect(await rowToggle(page, YI).getAttribute('aria-pressed')).toBe('true');
      expect(await rowToggle(page, RL).getAttribute('aria-pressed')).toBe('true');

      await page
        .getByRole('link', { name: /책갈피/ })
        .first()
        .click();
      await page.waitForURL('**/bookmarks');
      await expect
        .poll(() =>
          page
            .getByRole('list', { name: '논문 목록' })
            // Saved order: one heading per paper, no day headings.
            .getByRole('heading')
            .allTextContents(),
        )
        .toHaveLength(2);
      await saveScreenshot(page, 'library-bookmarks');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('a second tab sees a new bookmark without reloading', async () => {
    const { page, close } = await openPage(browser(), '/', VIEWPORTS.desktop);
    try {
      const other = await page.context().newPage();
      await gotoApp(other, page.url());
      await waitForList(page);
      await waitForList(other);
      await rowToggle(page, RL).click();
      await other.waitForFunction(
        (name) =>
          document.querySelector(`button[aria-label="${name}"]`)?.getAttribute('aria-pressed') ===
          'true',
        `책갈피: ${RL}`,
      );
    } finally {
      await close();
    }
  });

  test('export, clear storage, import: everything is back', async () => {
    const { page, close } = await openPage(browser(), '/', VIEWPORTS.desktop);
    try {
      await waitForList(page);
      await rowToggle(page, YI).click();
      await page.getByRole('list', { name: '논문 목록' }).getByRole('link', { name: RL }).click();
      await page.getByRole('textbox', { name: '내 메모' }).fill('PPO와 비교가 흥미롭다');
      await page.getByRole('button', { name: '읽음' }).click();
      await waitForSaved(
        page,
        `Object.keys(v.notes).length === 1 && Object.keys(v.read).length >= 1`,
      );

      await gotoApp(page, new URL('/bookmarks', page.url()).href);
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'JSON', exact: true }).click();
      const exported = await readFile((await (await downloading).path()) ?? '', 'utf8');
      expect(JSON.parse(exported)).toMatchObject({ version: 1 });

      await page.evaluate(() => localStorage.clear());
      await reloadApp(page);
      // After the reload the bookmarks list is empty: wait for it to say so, since the page
      // renders its list a moment after it loads.
      await page.getByText('이 조건에 맞는 논문이 없습니다.').waitFor();
      expect(await page.getByText('이 조건에 맞는 논문이 없습니다.').count()).toBe(1);

      await page.getByLabel('가져올 JSON 파일').setInputFiles({
        name: 'library.json',
        mimeType: 'application/json',
        buffer: Buffer.from(exported),
      });
      await page.getByRole('status').filter({ hasText: '가져왔습니다' }).waitFor();
      await rowToggle(page, YI).waitFor();
      await gotoApp(
        page,
        new URL(
          '/papers/2024-03-08-teaching-large-language-models-to-reason-with-reinforcement-learning',
          page.url(),
        ).href,
      );
      expect(await page.getByRole('textbox', { name: '내 메모' }).inputValue()).toBe(
        'PPO와 비교가 흥미롭다',
      );
      expect(await page.getByRole('button', { name: '읽음' }).getAttribute('aria-pressed')).toBe(
        'true',
      );
    } finally {
      await close();
    }
  });

  test('a bad import file is refused with a reason, changing nothing', async () => {
    const { page, close } = await openPage(browser(), '/bookmarks', VIEWPORTS.desktop);
    try {
      await page.getByLabel('가져올 JSON 파일').setInputFiles({
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"version": 1, "bookmarks": '),
      });
      await page.getByRole('status').filter({ hasText: '가져오지 못했습니다' }).waitFor();
      expect(await page.evaluate((key) => localStorage.getItem(key), LIBRARY_KEY)).toBeNull();
    } finally {
      await close();
    }
  });

  test('corrupted storage still gives a working app, with a notice and a backup', async () => {
    const { page, errors, close } = await openPage(
      browser(),
      '/',
      VIEWPORTS.desktop,
      async (page) => {
        await page.addInitScript((key) => {
          if (!sessionStorage.getItem('seeded')) {
            localStorage.setItem(key, '{"version": 1, "bookmarks": {"x": ');
            sessionStorage.setItem('seeded', '1');
          }
        }, LIBRARY_KEY);
      },
    );
    try {
      await waitForList(page);
      await page.getByRole('alert').filter({ hasText: '백업' }).waitFor();
      const backups = await page.evaluate(() =>
        Object.keys(localStorage)
          .filter((key) => key.includes(':backup:'))
          .map((key) => localStorage.getItem(key)),
      );
      expect(backups).toEqual(['{"version": 1, "bookmarks": {"x": ']);
      await rowToggle(page, YI).click();
      expect(await rowToggle(page, YI).getAttribute('aria-pressed')).toBe('true');
      await saveScreenshot(page, 'library-corrupted-notice');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
