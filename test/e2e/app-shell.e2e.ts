import { describe, expect, test } from 'vitest';
import { browserPerFile, openPage, saveScreenshot, VIEWPORTS } from './browser';

const TITLES = [
  'Yi: Open Foundation Models by 01.AI',
  'Teaching Large Language Models to Reason with Reinforcement Learning',
  'PixArt-Σ: Weak-to-Strong Training of Diffusion Transformer for 4K Text-to-Image Generation',
];

const YI_ID = '2024-03-08-yi-open-foundation-models-by-01-ai';

const browser = browserPerFile();

describe('app shell', () => {
  test.each(Object.entries(VIEWPORTS))(
    'lists every paper of the digest (%s)',
    async (name, viewport) => {
      const { page, errors, close } = await openPage(browser(), '/', viewport);
      try {
        const titles = page
          .getByRole('list', { name: '논문 목록' })
          .getByRole('heading', { level: 4 });
        await titles.first().waitFor();
        expect(await titles.allTextContents()).toEqual(TITLES);
        expect(await page.title()).toBe('전체 논문 — 논문 다이제스트');
        await saveScreenshot(page, `app-shell-${name}`);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    },
  );

  test('no web font can hold up the first paint: none is preloaded, and each face swaps', async () => {
    const { page, errors, close } = await openPage(browser(), '/', VIEWPORTS.desktop);
    try {
      await page.getByRole('list', { name: '논문 목록' }).getByRole('listitem').first().waitFor();
      expect(await page.locator('link[rel="preload"][as="font"]').count()).toBe(0);
      const displays = await page.evaluate(() =>
        [...document.styleSheets].flatMap((sheet) =>
          [...sheet.cssRules].flatMap((rule) =>
            rule instanceof CSSFontFaceRule &&
            rule.style.getPropertyValue('font-family').includes('Pretendard')
              ? [rule.style.getPropertyValue('font-display')]
              : [],
          ),
        ),
      );
      expect(displays.length).toBeGreaterThan(0);
      expect(new Set(displays)).toEqual(new Set(['swap']));
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('text uses the system font first, in two weights only, on the list and in a paper', async () => {
    const { page, errors, close } = await openPage(
      browser(),
      `/papers/${YI_ID}`,
      VIEWPORTS.desktop,
    );
    try {
      await page.getByRole('region', { name: '해설' }).waitFor();
      await page.getByRole('list', { name: '논문 목록' }).getByRole('listitem').first().waitFor();
      const weights = await page.evaluate(() => {
        const found = new Set<string>();
        for (const element of document.body.querySelectorAll('*')) {
          const ownText = [...element.childNodes].some(
            (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
          );
          const style = getComputedStyle(element);
          // KaTeX draws math in fonts of its own.
          if (ownText && style.fontFamily.startsWith('-apple-system')) found.add(style.fontWeight);
        }
        return [...found].sort();
      });
      expect(weights).toEqual(['400', '600']);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
