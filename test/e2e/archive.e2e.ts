import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { digest, entryLines } from '../support/digest-factory';
import { browserPerFile, gotoApp, openPage, reloadApp, saveScreenshot, VIEWPORTS } from './browser';
import { expectNoAxeViolations, expectNoAxeViolationsInBothThemes, serveDigest } from './checks';

const browser = browserPerFile();

const SHIPPED_ONE = entryLines({ title: 'Shipped Paper One', tags: '#llm' });
const SHIPPED = digest(
  '2024년 3월 8일',
  SHIPPED_ONE,
  entryLines({ title: 'Shipped Paper Two', tags: '#rl' }),
);
/** A day's digest as it arrives: one new paper, and one the shipped digest already has. */
const PASTED_DAY = digest(
  '2024년 3월 9일',
  entryLines({ title: 'Pasted New Paper', tags: '#llm' }),
  '2024년 3월 8일',
  SHIPPED_ONE,
);
const DROPPED = digest('2024년 3월 7일', entryLines({ title: 'Dropped Paper', tags: '#vision' }));
const FEED_URL = 'https://digest.example/다이제스트';
const FEED = digest('2024년 3월 10일', entryLines({ title: 'Subscribed Paper' }));

/**
 * Opens `path` on the shipped digest, with a host for the subscription. Under the site's
 * Content-Security-Policy unless axe, which the policy would refuse, is to run.
 */
function openShipped(path: string, viewport = VIEWPORTS.desktop, { axe = false } = {}) {
  const prepare = async (page: Page) => {
    await serveDigest(page, SHIPPED);
    // The subscription's host; the archive worker's requests are the page's too.
    await page
      .context()
      .route(encodeURI(FEED_URL), (route) =>
        route.fulfill({ body: FEED, contentType: 'text/plain; charset=utf-8' }),
      );
  };
  return openPage(browser(), path, viewport, prepare, { enforcePolicy: !axe });
}

const papers = (page: Page) => page.getByRole('list', { name: '논문 목록' });
const paper = (page: Page, title: string) => papers(page).getByRole('heading', { name: title });
const bookmark = (page: Page, title: string) =>
  papers(page).getByRole('button', { name: `책갈피: ${title}` });
/** The page's live region for the archive's results, in the header. */
const archiveStatus = (page: Page) => page.getByRole('banner').getByRole('status');

async function pasteDay(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: '붙여넣기', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '다이제스트 붙여넣기' });
  await dialog.getByRole('textbox', { name: '다이제스트 텍스트' }).fill(text);
  await dialog.getByRole('button', { name: '보관함에 추가' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** Chromium's Korean input method composing `word` syllable by syllable, then committing it. */
async function compose(page: Page, steps: readonly string[], word: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  for (const text of steps) {
    await cdp.send('Input.imeSetComposition', {
      text,
      selectionStart: text.length,
      selectionEnd: text.length,
    });
  }
  await cdp.send('Input.insertText', { text: word });
  await cdp.detach();
}

const DIGEST_STEPS = [
  'ㄷ',
  '다',
  '다ㅇ',
  '다이',
  '다이ㅈ',
  '다이제',
  '다이젯',
  '다이제스',
  '다이제스트',
];
const MODEL_STEPS = ['ㅁ', '모', '몯', '모ㄷ', '모데', '모델'];

describe("the reader's archive", () => {
  test('a dropped digest and a bookmark on one of its papers are still there after a reload', async () => {
    const { page, errors, close } = await openShipped('/');
    try {
      await paper(page, 'Shipped Paper One').waitFor();
      await page.getByLabel('다이제스트 파일 열기').setInputFiles({
        name: '2024-03-07.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(DROPPED),
      });
      await bookmark(page, 'Dropped Paper').click();
      expect(await bookmark(page, 'Dropped Paper').getAttribute('aria-pressed')).toBe('true');

      await reloadApp(page);
      expect(new URL(page.url()).pathname).toBe('/');
      await paper(page, 'Dropped Paper').waitFor();
      await paper(page, 'Shipped Paper One').waitFor();
      expect(await bookmark(page, 'Dropped Paper').getAttribute('aria-pressed')).toBe('true');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('a pasted day adds its new paper, lists the one already there once, and 내 자료 counts them', async () => {
    const { page, errors, close } = await openShipped('/');
    try {
      await paper(page, 'Shipped Paper Two').waitFor();
      await pasteDay(page, PASTED_DAY);

      await archiveStatus(page)
        .filter({ hasText: '붙여넣은 다이제스트를 보관했습니다: 새 논문 1편, 이미 있던 논문 1편' })
        .waitFor();
      await paper(page, 'Pasted New Paper').waitFor();
      expect(await paper(page, 'Shipped Paper One').count()).toBe(1);
      await saveScreenshot(page, 'archive-pasted-day');

      await page.getByRole('link', { name: '내 자료' }).click();
      await page.getByRole('heading', { level: 2, name: '내 자료' }).waitFor();
      const row = page
        .getByRole('list', { name: '보관한 자료' })
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { name: '붙여넣기 2024-03-09' }) });
      await row.waitFor();
      expect(await row.textContent()).toContain('논문2편');
      expect(await row.textContent()).toContain('2024년 3월 8일–3월 9일');
      await saveScreenshot(page, 'archive-sources-desktop');

      // Back on the list the paste is still merged in, and a reload keeps it.
      await gotoApp(page, new URL('/', page.url()).href);
      await paper(page, 'Pasted New Paper').waitFor();
      expect(await paper(page, 'Shipped Paper One').count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('Hangul composed in the paste box and the address field is kept whole', async () => {
    const { page, errors, close } = await openShipped('/sources');
    try {
      await page.getByRole('heading', { level: 2, name: '내 자료' }).waitFor();

      await page.getByRole('button', { name: '붙여넣기', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: '다이제스트 붙여넣기' });
      const box = dialog.getByRole('textbox', { name: '다이제스트 텍스트' });
      await box.focus();
      await compose(page, MODEL_STEPS, '모델');
      expect(await box.inputValue()).toBe('모델');
      // The Enter that would end a syllable never sent the half-typed text.
      expect(await dialog.isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });

      const field = page.getByRole('textbox', { name: '구독할 주소' });
      await field.focus();
      await page.keyboard.type('https://digest.example/');
      await compose(page, DIGEST_STEPS, '다이제스트');
      expect(await field.inputValue()).toBe(FEED_URL);
      expect(await archiveStatus(page).textContent()).toBe('');

      await page.keyboard.press('Enter');
      await archiveStatus(page).filter({ hasText: '주소를 구독했습니다: 새 논문 1편' }).waitFor();
      await page
        .getByRole('list', { name: '보관한 자료' })
        .getByRole('heading', { name: FEED_URL })
        .waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('내 자료 on a phone passes axe in both themes, with the paste dialog open too', async () => {
    const { page, errors, close } = await openShipped('/sources', VIEWPORTS.mobile, { axe: true });
    try {
      await page.getByRole('heading', { level: 2, name: '내 자료' }).waitFor();
      await pasteDay(page, PASTED_DAY);
      await page.getByRole('list', { name: '보관한 자료' }).waitFor();
      await page.getByText(/저장 공간 .* 사용/).waitFor();

      await expectNoAxeViolationsInBothThemes(page);
      // Nothing in the header is pushed off a 390 px screen.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      await saveScreenshot(page, 'archive-sources-phone-dark');

      await page.getByRole('button', { name: '붙여넣기', exact: true }).click();
      await page.getByRole('dialog', { name: '다이제스트 붙여넣기' }).waitFor();
      await expectNoAxeViolations(page);
      await saveScreenshot(page, 'archive-paste-phone-dark');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
