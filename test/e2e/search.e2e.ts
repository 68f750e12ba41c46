import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { digest, entryLines } from '../support/digest-factory';
import { browserPerFile, gotoApp, openPage, reloadApp, saveScreenshot, VIEWPORTS } from './browser';

const browser = browserPerFile();

const ARCHIVE = digest(
  '2024년 3월 6일',
  entryLines({
    title: 'Scaling Reward Models',
    abstract: ['We scale reward models for RLHF.'],
    commentary: ['보상 모델을 키우는 실험이네요.'],
    tags: '#rlhf #llm',
  }),
  '2024년 3월 7일',
  entryLines({
    title: 'Diffusion Transformers at Scale',
    abstract: ['A diffusion transformer for images.'],
    commentary: ['이미지 생성 모델이 좋아졌네요.'],
    tags: '#diffusion #vision',
  }),
  '2024년 3월 8일',
  entryLines({
    title: 'Reinforcement Learning for Reasoning',
    abstract: ['Teaching models to reason with reinforcement learning.'],
    commentary: ['강화학습으로 추론 능력을 높였습니다.'],
    tags: '#rl #llm',
  }),
);

async function openArchive(path: string) {
  return openPage(browser(), path, VIEWPORTS.desktop, async (page) => {
    await page.route('**/assets/digest-*.txt', (route) =>
      route.fulfill({ body: ARCHIVE, contentType: 'text/plain; charset=utf-8' }),
    );
  });
}

function titles(page: Page) {
  return page
    .getByRole('list', { name: '논문 목록' })
    .getByRole('heading', { level: 4 })
    .allTextContents();
}

async function waitForCount(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n) => document.querySelectorAll('[aria-label="논문 목록"] h4').length === n,
    count,
  );
}

describe('finding papers', () => {
  test('a Korean stem finds its inflected and compound forms; English is case-insensitive', async () => {
    const { page, errors, close } = await openArchive('/');
    try {
      const box = page.getByRole('searchbox', { name: '논문 검색' });
      await waitForCount(page, 3);
      await box.fill('모델');
      await page.getByRole('status').filter({ hasText: '2건' }).waitFor();
      await waitForCount(page, 2);
      expect(await titles(page)).toEqual(
        expect.arrayContaining(['Diffusion Transformers at Scale', 'Scaling Reward Models']),
      );
      expect(await page.locator('[aria-label="논문 목록"] mark').count()).toBeGreaterThan(0);

      await box.fill('학습');
      await waitForCount(page, 1);
      expect(await titles(page)).toEqual(['Reinforcement Learning for Reasoning']);

      await box.fill('RLHF -diffusion');
      await page
        .getByRole('list', { name: '논문 목록' })
        .getByRole('heading', { name: 'Scaling Reward Models' })
        .waitFor();
      expect(await titles(page)).toEqual(['Scaling Reward Models']);
      await saveScreenshot(page, 'search-results');

      await reloadApp(page);
      await waitForCount(page, 1);
      expect(await box.inputValue()).toBe('RLHF -diffusion');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('combines tags with AND and OR, excludes a tag, and keeps it all in the URL', async () => {
    const { page, close } = await openArchive('/');
    try {
      const tags = page.getByRole('navigation', { name: '태그' });
      await waitForCount(page, 3);
      await tags.getByRole('link', { name: /^llm\b/ }).click();
      await waitForCount(page, 2);
      await tags.getByRole('link', { name: /^rl\b/ }).click();
      await waitForCount(page, 1);
      expect(await titles(page)).toEqual(['Reinforcement Learning for Reasoning']);

      await tags.getByRole('link', { name: '하나라도 포함' }).click();
      await waitForCount(page, 2);

      await gotoApp(page, new URL('/', page.url()).href);
      await waitForCount(page, 3);
      await tags.getByRole('link', { name: '#diffusion 제외' }).click();
      await waitForCount(page, 2);
      expect(page.url()).toContain('not=diffusion');
      await reloadApp(page);
      await waitForCount(page, 2);
      expect(await titles(page)).not.toContain('Diffusion Transformers at Scale');
      await saveScreenshot(page, 'search-tags');
    } finally {
      await close();
    }
  });

  test('narrows to one day, steps to the previous day, and jumps to a date', async () => {
    const { page, close } = await openArchive('/');
    try {
      await waitForCount(page, 3);
      const list = page.getByRole('list', { name: '논문 목록' });
      await page.getByRole('button', { name: '이전 날' }).click();
      await page.waitForURL(/from=2024-03-08&to=2024-03-08/);
      await list.getByRole('heading', { name: 'Reinforcement Learning for Reasoning' }).waitFor();
      expect(await titles(page)).toEqual(['Reinforcement Learning for Reasoning']);
      await page.getByRole('button', { name: '이전 날' }).click();
      await page.waitForURL(/from=2024-03-07&to=2024-03-07/);
      await list.getByRole('heading', { name: 'Diffusion Transformers at Scale' }).waitFor();
      expect(await titles(page)).toEqual(['Diffusion Transformers at Scale']);
      await page.getByRole('button', { name: '오래된순' }).click();
      await page.getByRole('button', { name: '모든 날짜' }).click();
      await waitForCount(page, 3);
      expect((await titles(page))[0]).toBe('Scaling Reward Models');

      // A day without papers shows the nearest one that has some, and says so. In the narrow list
      // column the date fields are folded away until asked for.
      const dateTools = page.getByRole('button', { name: '날짜 고르기' });
      expect(await page.getByLabel('날짜로 이동').isVisible()).toBe(false);
      await dateTools.click();
      expect(await dateTools.getAttribute('aria-expanded')).toBe('true');
      await page.getByLabel('날짜로 이동').fill('2024-03-05');
      await page.getByLabel('날짜로 이동').press('Enter');
      await page.waitForURL(/from=2024-03-06&to=2024-03-06/);
      await page
        .getByRole('status')
        .filter({
          hasText: '2024년 3월 5일 (화)에는 논문이 없어 2024년 3월 6일 (수)을 보여 줍니다',
        })
        .waitFor();
      expect(await titles(page)).toEqual(['Scaling Reward Models']);
    } finally {
      await close();
    }
  });
});

describe('opening your own digest', () => {
  const OWN = digest(
    '2025년 1월 2일',
    entryLines({ title: 'My Own Paper', commentary: ['직접 고른 논문입니다.'], tags: '#mine' }),
  );

  test('a dropped file is read in the browser and kept with the shipped digest, its bookmark too', async () => {
    const { page, errors, close } = await openPage(browser(), '/', VIEWPORTS.desktop);
    try {
      await waitForCount(page, 3);
      const dataTransfer = await page.evaluateHandle((text) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], 'my-digest.txt', { type: 'text/plain' }));
        return transfer;
      }, OWN);
      await page.dispatchEvent('main', 'dragover', { dataTransfer });
      await page.dispatchEvent('main', 'drop', { dataTransfer });
      await waitForCount(page, 1);
      expect(await titles(page)).toEqual(['My Own Paper']);
      await page.getByText('열린 다이제스트: my-digest.txt', { exact: false }).waitFor();
      await page
        .getByRole('list', { name: '논문 목록' })
        .getByRole('button', { name: '책갈피: My Own Paper' })
        .click();
      await page
        .getByRole('status')
        .filter({ hasText: 'my-digest.txt 파일을 보관했습니다: 새 논문 1편' })
        .waitFor();
      await saveScreenshot(page, 'open-dropped-file');

      await page.getByRole('button', { name: '기본 다이제스트로' }).click();
      await waitForCount(page, 4);
      expect(await titles(page)).toContain('My Own Paper');
      expect(
        await page
          .getByRole('link', { name: /책갈피/ })
          .first()
          .textContent(),
      ).toContain('1');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('a picked file opens too', async () => {
    const { page, close } = await openPage(browser(), '/', VIEWPORTS.desktop);
    try {
      await waitForCount(page, 3);
      await page.getByLabel('다이제스트 파일 열기').setInputFiles({
        name: 'picked.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(OWN),
      });
      await waitForCount(page, 1);
      expect(await titles(page)).toEqual(['My Own Paper']);
    } finally {
      await close();
    }
  });
});
