import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { digest, entryLines } from '../support/digest-factory';
import { browserPerFile, openPage, saveScreenshot, VIEWPORTS } from './browser';

const browser = browserPerFile();

const SHIPPED = digest(
  '2024년 3월 8일',
  entryLines({ title: 'Shipped Paper One', tags: '#llm' }),
  entryLines({ title: 'Shipped Paper Two', tags: '#rl' }),
);
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
const LOGIN_PAGE = '<!DOCTYPE html>\n<html lang="en"><head><title>Sign in</title></head></html>';

async function openShipped(path: string, prepare?: (page: Page) => Promise<unknown>) {
  return openPage(browser(), path, VIEWPORTS.desktop, async (page) => {
    await page.route('**/assets/digest-*.txt', (route) =>
      route.fulfill({ body: SHIPPED, contentType: 'text/plain; charset=utf-8' }),
    );
    await prepare?.(page);
  });
}

/** Matches requests for `path` only, not the page whose `?src=` names it. */
function atPath(path: string) {
  return (url: URL) => url.pathname === path;
}

function titles(page: Page) {
  return page
    .getByRole('list', { name: '논문 목록' })
    .getByRole('heading', { level: 4 })
    .allTextContents();
}

async function waitForTitles(page: Page, expected: string[]): Promise<void> {
  await page.waitForFunction(
    (want) =>
      [...document.querySelectorAll('[aria-label="논문 목록"] h4')]
        .map((heading) => heading.textContent)
        .join('\n') === want,
    expected.join('\n'),
  );
}

function pick(page: Page, name: string, bytes: Buffer) {
  return page
    .getByLabel('다이제스트 파일 열기')
    .setInputFiles({ name, mimeType: '', buffer: bytes });
}

async function drop(page: Page, name: string, bytes: number[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, bytes }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name));
      return transfer;
    },
    { name, bytes },
  );
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
}

function alert(page: Page, text: string) {
  return page.getByRole('alert').filter({ hasText: text });
}

describe('opening a file that is not a digest', () => {
  test('an image, an HTML page and an empty file are refused in Korean; the papers and bookmarks stay', async () => {
    const { page, errors, close } = await openShipped('/');
    const shown = ['Shipped Paper One', 'Shipped Paper Two'];
    try {
      await waitForTitles(page, shown);
      const bookmark = page
        .getByRole('list', { name: '논문 목록' })
        .getByRole('button', { name: '책갈피: Shipped Paper One' });
      await bookmark.click();
      expect(await bookmark.getAttribute('aria-pressed')).toBe('true');

      await pick(page, 'screenshot.png', Buffer.from(PNG));
      await alert(page, '이미지 파일(PNG)은 다이제스트가 아닙니다').waitFor();
      expect(await alert(page, 'screenshot.png 파일을 열지 않았습니다').count()).toBe(1);
      expect(await titles(page)).toEqual(shown);
      await saveScreenshot(page, 'opening-refused-image');

      await drop(page, 'login.html', [...Buffer.from(LOGIN_PAGE)]);
      await alert(page, 'HTML 페이지는 다이제스트가 아닙니다').waitFor();
      expect(await titles(page)).toEqual(shown);

      await pick(page, 'empty.txt', Buffer.alloc(0));
      await alert(page, '빈 파일입니다').waitFor();
      expect(await titles(page)).toEqual(shown);
      expect(await bookmark.getAttribute('aria-pressed')).toBe('true');
      expect(await page.getByText('열린 다이제스트:').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('a digest with odd lines opens and names them; a bad file dropped on it keeps it open', async () => {
    const own = digest(
      '2024년 3월 8일',
      entryLines({ title: 'My Dated Paper' }),
      '#orphan-tags',
      '2024년 2월 30일',
      entryLines({ title: 'My Undated Paper' }),
    );
    const lines = own.split('\n');
    const stray = lines.indexOf('#orphan-tags') + 1;
    const impossible = lines.indexOf('2024년 2월 30일') + 1;
    const { page, errors, close } = await openShipped('/');
    try {
      await waitForTitles(page, ['Shipped Paper One', 'Shipped Paper Two']);
      await pick(page, 'my-digest.txt', Buffer.from(own));
      await waitForTitles(page, ['My Dated Paper', 'My Undated Paper']);
      await page.getByText('날짜 미상').first().waitFor();

      const banner = page.getByText('열린 다이제스트: my-digest.txt', { exact: false });
      await banner.filter({ hasText: '1줄을 건너뛰었습니다.' }).waitFor();
      expect(await banner.textContent()).toContain('없는 날짜가 1개 있어');
      await page.getByRole('button', { name: '경고 2건' }).click();
      const items = page.getByRole('list', { name: '걸린 줄' }).getByRole('listitem');
      expect(await items.allTextContents()).toEqual([
        `${stray}번째 줄: 어느 논문에도 붙지 않은 태그 줄이라 건너뛰었습니다.#orphan-tags`,
        `${impossible}번째 줄: 없는 날짜입니다. 다음 날짜 줄까지의 논문은 ‘날짜 미상’에 두었습니다.2024년 2월 30일`,
      ]);
      await saveScreenshot(page, 'opening-warnings');

      await drop(page, 'photo.png', PNG);
      await alert(page, '이미지 파일(PNG)은 다이제스트가 아닙니다').waitFor();
      expect(await titles(page)).toEqual(['My Dated Paper', 'My Undated Paper']);
      await page.getByText('열린 다이제스트: my-digest.txt', { exact: false }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('opening an address', () => {
  test('a missing digest says so in Korean, with a way back to the shipped one', async () => {
    const { page, close } = await openShipped('/?src=/missing/digest.txt', (page) =>
      page.route(atPath('/missing/digest.txt'), (route) =>
        route.fulfill({ status: 404, body: 'nope' }),
      ),
    );
    try {
      await alert(page, '다이제스트를 찾을 수 없습니다 (HTTP 404)').waitFor();
      expect(await page.getByText('Loading', { exact: false }).count()).toBe(0);
      await saveScreenshot(page, 'opening-address-404');
      await page.getByRole('button', { name: '기본 다이제스트로' }).click();
      await waitForTitles(page, ['Shipped Paper One', 'Shipped Paper Two']);
    } finally {
      await close();
    }
  });

  test('an address answered with an HTML page is not read as a paper', async () => {
    const { page, close } = await openShipped('/?src=/moved/digest.txt', (page) =>
      page.route(atPath('/moved/digest.txt'), (route) =>
        route.fulfill({ status: 200, body: LOGIN_PAGE, contentType: 'text/html' }),
      ),
    );
    try {
      await alert(
        page,
        'HTML 페이지가 왔습니다 — 주소가 다이제스트 텍스트 파일을 가리키는지',
      ).waitFor();
      expect(await page.getByRole('list', { name: '논문 목록' }).count()).toBe(0);
    } finally {
      await close();
    }
  });
});
