import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { parseDigest } from '../../src/digest';
import { paperPath } from '../../src/features/navigation/paths';
import { digest, entryLines } from '../support/digest-factory';
import { browserPerFile, openPage, VIEWPORTS } from './browser';

const browser = browserPerFile();

const TEXT = digest(
  '2024년 3월 19일',
  entryLines({
    url: 'https://arxiv.org/abs/2403.13043',
    title: 'S$^2$R',
    authors: '(Baifeng Shi, Ziyang Wu)',
    abstract: [
      'We reach 1.80 FID on ImageNet 256$\\times$256 at $0.70 per million images',
      'with \\texttt{Qwen2.5-7B} -- about $\\sim$6% better.',
    ],
    commentary: ['작은 모델을 여러 스케일로 돌리는 연구네요.'],
    tags: '#vision',
  }),
);
const [PAPER] = parseDigest(TEXT).entries;

/** Serves the fixture instead of the shipped digest. */
async function serveDigest(page: Page): Promise<void> {
  await page.route('**/assets/digest-*.txt', (route) =>
    route.fulfill({ status: 200, body: TEXT, contentType: 'text/plain; charset=utf-8' }),
  );
}

describe('TeX in titles and abstracts', () => {
  test('typesets math in the row, the heading and the abstract, and keeps prices', async () => {
    const { page, errors, close } = await openPage(
      browser(),
      paperPath(PAPER?.id ?? ''),
      VIEWPORTS.desktop,
      serveDigest,
    );
    try {
      const name = 'S²R';
      const row = page.getByRole('list', { name: '논문 목록' });
      await row.getByRole('link', { name }).waitFor();
      const heading = page.getByRole('heading', { level: 2, name });
      await heading.waitFor();
      await row.locator('.katex').first().waitFor();
      await heading.locator('.katex').first().waitFor();

      const abstract = page.locator('p[lang="en"]', { hasText: 'per million' });
      await abstract.locator('.katex').first().waitFor();
      const text = await abstract.innerText();
      expect(text).toContain('$0.70 per million images');
      expect(text).toContain('–');
      expect(text).not.toContain('\\times');
      expect(text).not.toContain('\\texttt');
      expect(await abstract.locator('code', { hasText: 'Qwen2.5-7B' }).count()).toBe(1);
      expect(await abstract.locator('.katex').count()).toBe(2);
      expect(await row.innerText()).not.toContain('$');

      await page.waitForFunction(() => document.title === 'S²R — 논문 다이제스트');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
