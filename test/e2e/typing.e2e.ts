import type { Page, ViewportSize } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { parseDigest } from '../../src/digest';
import { createSearchIndex, search } from '../../src/search';
import { formatCount } from '../../src/text';
import { digest, entryLines } from '../support/digest-factory';
import { syntheticDigest } from '../support/synthetic-digest';
import { browserPerFile, openPage, VIEWPORTS } from './browser';

const browser = browserPerFile();

const SMALL = digest(
  '2024년 3월 8일',
  entryLines({
    title: 'Scaling Reward Models',
    commentary: ['보상 모델을 키우는 실험이네요.'],
    tags: '#rlhf #llm',
  }),
  entryLines({
    title: 'Diffusion Transformers at Scale',
    commentary: ['이미지 생성 모델이 좋아졌네요.'],
    tags: '#diffusion',
  }),
);

async function serveDigest(
  page: Page,
  text: string,
  until: Promise<void> = Promise.resolve(),
): Promise<void> {
  await page.route('**/assets/digest-*.txt', async (route) => {
    await until;
    await route.fulfill({ body: text, contentType: 'text/plain; charset=utf-8' });
  });
}

const query = (page: Page) => page.evaluate(() => new URLSearchParams(location.search).get('q'));

/** The URL's query once the box has written it; null for none. */
async function waitForQuery(page: Page, q: string | null): Promise<void> {
  await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q, q);
}

/** Chromium's Korean input method typing 모델, syllable by syllable, then committing it. */
async function composeModel(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  for (const text of ['ㅁ', '모', '몯', '모ㄷ', '모데', '모델']) {
    await cdp.send('Input.imeSetComposition', {
      text,
      selectionStart: text.length,
      selectionEnd: text.length,
    });
  }
  await cdp.send('Input.insertText', { text: '모델' });
  await cdp.detach();
}

const focusedName = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);

describe('typing in the search boxes', () => {
  test('Korean composed in the paper search, the tag search and a plain input is kept whole', async () => {
    const { page, errors, close } = await openPage(browser(), '/', VIEWPORTS.desktop, (page) =>
      serveDigest(page, SMALL),
    );
    try {
      await page.getByRole('list', { name: '논문 목록' }).waitFor();
      await page.evaluate(() => {
        const input = document.createElement('input');
        input.setAttribute('aria-label', '대조군');
        document.body.append(input);
      });
      const boxes = [
        page.getByRole('searchbox', { name: '논문 검색' }),
        page.getByRole('searchbox', { name: '태그 찾기' }),
        page.getByRole('textbox', { name: '대조군' }),
      ];
      for (const box of boxes) {
        await box.focus();
        await composeModel(page);
      }

      for (const box of boxes) expect(await box.inputValue()).toBe('모델');
      await waitForQuery(page, '모델');
      await page.getByRole('status').filter({ hasText: '2건' }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('keys typed while a large archive loads are all kept, and answered once it is in', async () => {
    const large = syntheticDigest({ entries: 2500 });
    const { entries } = parseDigest(large);
    const expected = search(createSearchIndex(entries), 'diffusion model').ids.length;
    let release = () => {};
    const arrived = new Promise<void>((resolve) => (release = resolve));
    const { page, errors, close } = await openPage(browser(), '/', VIEWPORTS.desktop, (page) =>
      serveDigest(page, large, arrived),
    );
    try {
      const box = page.getByRole('searchbox', { name: '논문 검색' });
      await box.click();
      // The archive arrives, is parsed and drawn while the reader is still typing.
      const typing = page.keyboard.type('diffusion model', { delay: 40 });
      setTimeout(release, 120);
      await typing;

      expect(await box.inputValue()).toBe('diffusion model');
      await waitForQuery(page, 'diffusion model');
      await page
        .getByRole('status')
        .filter({ hasText: `${formatCount(expected)}건` })
        .waitFor();
      expect(await box.inputValue()).toBe('diffusion model');
      expect(await query(page)).toBe('diffusion model');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  const WIDTHS: [string, ViewportSize][] = [
    ['1280', VIEWPORTS.desktop],
    ['1024', { width: 1024, height: 768 }],
    ['390', VIEWPORTS.mobile],
  ];
  for (const [name, viewport] of WIDTHS) {
    test(`at ${name} px, / finds the paper search; Escape clears it, then goes back to the list`, async () => {
      const { page, errors, close } = await openPage(browser(), '/', viewport, (page) =>
        serveDigest(page, SMALL),
      );
      try {
        const list = page.getByRole('list', { name: '논문 목록' });
        await list.waitFor();

        await page.keyboard.press('/');
        expect(await focusedName(page)).toBe('논문 검색');
        expect(await page.getByRole('dialog', { name: '태그' }).isVisible()).toBe(false);

        await page.keyboard.type('reward');
        await waitForQuery(page, 'reward');
        await page.keyboard.press('Escape');
        const box = page.getByRole('searchbox', { name: '논문 검색' });
        expect(await box.inputValue()).toBe('');
        await waitForQuery(page, null);
        expect(await focusedName(page)).toBe('논문 검색');

        await page.keyboard.press('Escape');
        expect(await list.evaluate((element) => element.contains(document.activeElement))).toBe(
          true,
        );
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  }

  test('on a phone with a paper open, / leaves the paper as it is', async () => {
    const { page, errors, close } = await openPage(browser(), '/', VIEWPORTS.mobile, (page) =>
      serveDigest(page, SMALL),
    );
    try {
      await page.getByRole('link', { name: 'Scaling Reward Models' }).click();
      await page.getByRole('article', { name: 'Scaling Reward Models' }).waitFor();
      const path = new URL(page.url()).pathname;

      await page.keyboard.press('/');

      expect(new URL(page.url()).pathname).toBe(path);
      expect(await page.getByRole('dialog', { name: '태그' }).isVisible()).toBe(false);
      expect(await focusedName(page)).not.toBe('태그 찾기');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
