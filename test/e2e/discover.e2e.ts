import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { parseDigest } from '../../src/digest';
import { digest, entryLines } from '../support/digest-factory';
import { expectNoAxeViolations, expectNoAxeViolationsInBothThemes, serveDigest } from './checks';
import { browserPerFile, openPage, saveScreenshot, VIEWPORTS } from './browser';

const browser = browserPerFile();

const CITING = 'Long Context Learning with Efficient Attention';
const CITED = 'Efficient Attention via Control Variates';
const OTHER = 'A Study of Unrelated Things';
const CITED_LINK = 'https://arxiv.org/abs/2302.04542v2';
const OUTSIDE_LINK = 'https://arxiv.org/abs/2112.07916';

/** Papers whose commentaries cite each other by arXiv link, and share an author. */
const PAPERS = digest(
  '2024년 3월 8일',
  entryLines({
    url: 'https://arxiv.org/abs/2403.00002',
    title: CITING,
    authors: '(Yuchu Luo, Ann Lee)',
    commentary: [
      `efficient attention으로는 EVA (${CITED_LINK}) 를 썼군요.`,
      `LongT5 (${OUTSIDE_LINK}) 와도 비교해 볼 만합니다.`,
    ],
  }),
  entryLines({ title: OTHER, authors: '(Bo Kim)' }),
  '2024년 3월 1일',
  entryLines({
    url: 'https://arxiv.org/abs/2302.04542',
    title: CITED,
    authors: '(Yuchu Luo , José García)',
    commentary: ['control variate로 attention을 근사합니다.'],
  }),
);
const [CITING_ID, , CITED_ID] = parseDigest(PAPERS).entries.map((entry) => entry.id);

/** Serves `PAPERS` instead of the shipped digest. */
const servePapers = (page: Page) => serveDigest(page, PAPERS);

function papersOfAuthor(page: Page) {
  return page.getByRole('region', { name: '논문', exact: true }).getByRole('link');
}

describe('papers lead to the papers they cite and to their authors', () => {
  test("a commentary's arXiv link to a paper of the archive opens it, which lists the mention", async () => {
    const { page, errors, close } = await openPage(
      browser(),
      `/papers/${CITING_ID}`,
      VIEWPORTS.desktop,
      servePapers,
    );
    try {
      const commentary = page.getByRole('region', { name: '해설' });
      const outside = commentary.getByRole('link', { name: OUTSIDE_LINK });
      expect(await outside.getAttribute('target')).toBe('_blank');
      expect(await outside.getAttribute('rel')).toBe('noopener noreferrer');

      const cited = commentary.getByRole('link', { name: CITED_LINK });
      await expect.poll(() => cited.getAttribute('href')).toBe(`/papers/${CITED_ID}`);
      expect(await cited.getAttribute('target')).toBeNull();
      await cited.click();
      await page.waitForURL((url) => url.pathname === `/papers/${CITED_ID}`);
      await page.getByRole('heading', { level: 2, name: CITED }).waitFor();

      const mentions = page.getByRole('region', { name: '이 논문을 언급한 글' });
      expect(await mentions.getByRole('link').allTextContents()).toEqual([CITING]);
      await saveScreenshot(page, 'discover-mentions');
      await mentions.getByRole('link', { name: CITING }).click();
      await page.getByRole('heading', { level: 2, name: CITING }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test("an author's name lists their papers, newest first, with the people they wrote with", async () => {
    const { page, errors, close } = await openPage(
      browser(),
      `/papers/${CITED_ID}`,
      VIEWPORTS.desktop,
      servePapers,
    );
    try {
      await page
        .getByRole('list', { name: '저자' })
        .getByRole('link', { name: 'Yuchu Luo' })
        .click();
      await page.waitForURL((url) => url.pathname === '/authors/Yuchu%20Luo');
      await page.getByRole('heading', { level: 2, name: 'Yuchu Luo' }).waitFor();
      await expect.poll(() => papersOfAuthor(page).allTextContents()).toEqual([CITING, CITED]);
      expect(await page.title()).toBe('Yuchu Luo — 논문 다이제스트');
      await page.getByText('이 다이제스트에 논문 2편').waitFor();
      const coauthors = page.getByRole('region', { name: '자주 함께 쓴 저자' });
      expect(await coauthors.getByRole('link').allTextContents()).toEqual([
        'Ann Lee',
        'José García',
      ]);

      await coauthors.getByRole('link', { name: 'José García' }).click();
      await page.getByRole('heading', { level: 2, name: 'José García' }).waitFor();
      await expect.poll(() => papersOfAuthor(page).allTextContents()).toEqual([CITED]);
      await page.goBack();
      await papersOfAuthor(page).getByText(CITING).click();
      await page.getByRole('heading', { level: 2, name: CITING }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('the search for the author finds exactly the papers of their page', async () => {
    const { page, errors, close } = await openPage(
      browser(),
      '/authors/yuchu%20%20LUO',
      VIEWPORTS.desktop,
      servePapers,
    );
    try {
      await expect.poll(() => papersOfAuthor(page).allTextContents()).toEqual([CITING, CITED]);
      await page.getByRole('link', { name: '검색에서 보기' }).click();
      const list = page.getByRole('list', { name: '논문 목록' });
      await expect
        .poll(() => list.getByRole('heading', { level: 4 }).allTextContents())
        .toEqual([CITING, CITED]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('an author page passes axe in both themes and fits a phone', async () => {
    const { page, errors, close } = await openPage(
      browser(),
      '/authors/Yuchu%20Luo',
      VIEWPORTS.mobile,
      servePapers,
    );
    try {
      await expect.poll(() => papersOfAuthor(page).count()).toBe(2);
      const scrollsSideways = await page.evaluate(
        () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
      );
      expect(scrollsSideways).toBe(false);
      await saveScreenshot(page, 'discover-author-mobile');
      await expectNoAxeViolationsInBothThemes(page);
      await saveScreenshot(page, 'discover-author-mobile-dark');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('an author the digest lacks is said so, with the way back', async () => {
    const { page, errors, close } = await openPage(
      browser(),
      '/authors/Nobody%20Here',
      VIEWPORTS.desktop,
      servePapers,
    );
    try {
      await page.getByText('저자의 논문이 없습니다').waitFor();
      expect(await page.title()).toBe('Nobody Here — 논문 다이제스트');
      await expectNoAxeViolations(page);
      await page.getByRole('link', { name: '전체 논문 보기' }).click();
      await page.getByRole('list', { name: '논문 목록' }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
