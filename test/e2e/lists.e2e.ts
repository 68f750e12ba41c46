import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { digest, entryLines } from '../support/digest-factory';
import { expectNoAxeViolationsInBothThemes, serveDigest } from './checks';
import { browserPerFile, gotoApp, openPage, saveScreenshot, VIEWPORTS } from './browser';

const browser = browserPerFile();

const PAPERS = digest(
  '2024년 3월 8일',
  entryLines({ title: 'Eighth Day First Paper', tags: '#llm' }),
  entryLines({ title: 'Eighth Day Second Paper', tags: '#vision' }),
  '2024년 3월 4일',
  entryLines({ title: 'Fourth Day Paper', tags: '#llm' }),
  '2024년 3월 1일',
  entryLines({ title: 'First Day Paper', tags: '#rl' }),
);
const FOURTH_ID = '2024-03-04-fourth-day-paper';

/** Serves `PAPERS` instead of the shipped digest. */
const servePapers = (page: Page) => serveDigest(page, PAPERS);

function listTitles(page: Page): Promise<string[]> {
  return page
    .getByRole('list', { name: '논문 목록' })
    .getByRole('heading', { level: 4 })
    .allTextContents();
}

function listHeading(page: Page): Locator {
  return page.getByRole('region', { name: '논문 목록 영역' }).getByRole('heading', { level: 2 });
}

type Part = 'year' | 'month' | 'day';

/**
 * The order of the parts of a date field, which follows the browser's own language, not the
 * page's: found by typing a known date into a field of its own.
 */
async function datePartOrder(page: Page): Promise<Part[]> {
  const probe = page.locator('#date-order-probe');
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'date';
    input.id = 'date-order-probe';
    document.body.append(input);
  });
  await probe.focus();
  await page.keyboard.type('01022003');
  const value = await probe.inputValue();
  await probe.evaluate((input) => input.remove());
  if (value === '2003-01-02') return ['month', 'day', 'year'];
  if (value === '2003-02-01') return ['day', 'month', 'year'];
  return ['year', 'month', 'day'];
}

/**
 * Types `date` into a date field key by key, as a reader would; `afterFirstKeyOfLastPart` runs
 * while the date is still half typed.
 */
async function typeDate(
  page: Page,
  field: Locator,
  date: string,
  afterFirstKeyOfLastPart: () => void,
): Promise<void> {
  const [year, month, day] = date.split('-') as [string, string, string];
  const digits = { year, month, day };
  const order = await datePartOrder(page);
  await field.focus();
  for (const [index, part] of order.entries()) {
    const last = index === order.length - 1;
    const keys = digits[part];
    await page.keyboard.type(last ? keys.slice(0, 1) : keys);
    if (last) {
      afterFirstKeyOfLastPart();
      await page.keyboard.type(keys.slice(1));
    } else if (part === 'year') {
      // A year may have more than four digits; only month and day move on by themselves.
      await page.keyboard.press('ArrowRight');
    }
  }
}

describe('the list says which dates it shows', () => {
  test('a range given backwards lists its papers, named in order, and says it was swapped', async () => {
    const { page, errors, close } = await openPage(
      browser(),
      '/?from=2024-03-08&to=2024-03-04',
      VIEWPORTS.desktop,
      servePapers,
    );
    try {
      await page.getByRole('list', { name: '논문 목록' }).getByRole('listitem').first().waitFor();
      expect(await listTitles(page)).toEqual([
        'Eighth Day First Paper',
        'Eighth Day Second Paper',
        'Fourth Day Paper',
      ]);
      expect(await listHeading(page).textContent()).toBe('2024년 3월 4일–3월 8일 3편');
      expect(await page.title()).toBe('2024년 3월 4일–3월 8일 — 논문 다이제스트');
      await page.getByText('시작일과 종료일을 바꿔 적용했습니다').waitFor();
      await saveScreenshot(page, 'lists-swapped-range');
      await expectNoAxeViolationsInBothThemes(page);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('typed dates reach the URL and the heading whole, never half typed', async () => {
    const { page, errors, close } = await openPage(browser(), '/', VIEWPORTS.desktop, servePapers);
    try {
      await page.getByRole('list', { name: '논문 목록' }).getByRole('listitem').first().waitFor();
      const unfold = page.getByRole('button', { name: '날짜 고르기' });
      if (await unfold.isVisible()) await unfold.click();
      const from = page.getByLabel('시작 날짜');
      const to = page.getByLabel('끝 날짜');

      await typeDate(page, from, '2024-03-04', () => {
        expect(new URL(page.url()).searchParams.has('from')).toBe(false);
      });
      await page.waitForURL(/[?&]from=2024-03-04\b/);
      await listHeading(page).getByText('2024년 3월 4일부터').waitFor();

      // The end before the start: applied swapped, while both fields keep what was typed.
      await typeDate(page, to, '2024-03-01', () => {
        expect(new URL(page.url()).searchParams.has('to')).toBe(false);
      });
      await page.waitForURL(/[?&]to=2024-03-01\b/);
      expect(await from.inputValue()).toBe('2024-03-04');
      expect(await to.inputValue()).toBe('2024-03-01');
      await page.getByText('시작일과 종료일을 바꿔 적용했습니다').waitFor();
      expect(await listHeading(page).textContent()).toBe('2024년 3월 1일–3월 4일 2편');
      expect(await listTitles(page)).toEqual(['Fourth Day Paper', 'First Day Paper']);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('목록으로 on a phone', () => {
  /** Opens the app at `path` after a page outside it, which Back should reach. */
  async function openAfterBlank(path: string) {
    const opened = await openPage(browser(), 'about:blank', VIEWPORTS.mobile, servePapers);
    await gotoApp(opened.page, new URL(path, inject('baseURL')).href);
    return opened;
  }

  test('goes back to the list the paper was opened from: Back then leaves the app', async () => {
    const { page, errors, close } = await openAfterBlank('/?tags=llm');
    try {
      await page.getByRole('link', { name: 'Fourth Day Paper' }).click();
      await page.waitForURL(`**/papers/${FOURTH_ID}?tags=llm`);
      await page.getByRole('heading', { level: 2, name: 'Fourth Day Paper' }).waitFor();
      await page.getByRole('link', { name: '목록으로' }).click();
      await page.waitForURL(/\/\?tags=llm$/);
      await page.getByRole('link', { name: 'Fourth Day Paper' }).waitFor();

      await page.goBack();
      expect(page.url()).toBe('about:blank');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('replaces a paper opened by a link with its list: Back then leaves the app', async () => {
    const { page, errors, close } = await openAfterBlank(`/papers/${FOURTH_ID}`);
    try {
      await page.getByRole('heading', { level: 2, name: 'Fourth Day Paper' }).waitFor();
      await page.getByRole('link', { name: '목록으로' }).click();
      await page.getByRole('list', { name: '논문 목록' }).getByRole('listitem').first().waitFor();
      expect(new URL(page.url()).pathname).toBe('/');

      await page.goBack();
      expect(page.url()).toBe('about:blank');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('pages that found nothing', () => {
  test('an unknown address keeps the header and has its own title', async () => {
    const { page, errors, close } = await openPage(browser(), '/no/such/page', VIEWPORTS.mobile);
    try {
      await page.getByRole('heading', { name: '페이지를 찾을 수 없습니다' }).waitFor();
      await page.getByRole('banner').getByRole('link', { name: '논문 다이제스트' }).waitFor();
      expect(await page.title()).toBe('페이지를 찾을 수 없습니다 — 논문 다이제스트');
      await saveScreenshot(page, 'lists-page-not-found');
      await expectNoAxeViolationsInBothThemes(page);
      await page.getByRole('banner').getByRole('link', { name: '논문 다이제스트' }).click();
      await page.getByRole('list', { name: '논문 목록' }).getByRole('listitem').first().waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('an unknown paper keeps the header and has its own title', async () => {
    const { page, errors, close } = await openPage(
      browser(),
      '/papers/2024-03-04-no-such-paper',
      VIEWPORTS.mobile,
      servePapers,
    );
    try {
      await page.getByRole('heading', { name: '논문을 찾을 수 없습니다' }).waitFor();
      await page.getByRole('banner').getByRole('link', { name: '논문 다이제스트' }).waitFor();
      await page.waitForFunction(
        () => document.title === '논문을 찾을 수 없습니다 — 논문 다이제스트',
      );
      await expectNoAxeViolationsInBothThemes(page);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
