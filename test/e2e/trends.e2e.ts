import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { countTags, filterEntries } from '../../src/catalog';
import { parseDigest } from '../../src/digest';
import { digest, entryLines } from '../support/digest-factory';
import { expectNoAxeViolationsInBothThemes, serveDigest } from './checks';
import { browserPerFile, openPage, saveScreenshot, VIEWPORTS } from './browser';

const browser = browserPerFile();

/**
 * Four months, one of them empty, and seven tags: `llm` and `rl` lead, five tie below them, and
 * the default chart shows the first six of those by name.
 */
const MONTHS = digest(
  '2024년 4월 20일',
  entryLines({ title: 'April Agents Paper', tags: '#llm #rl' }),
  entryLines({ title: 'April Scaling Paper', tags: '#LLM' }),
  '2024년 2월 10일',
  entryLines({ title: 'February Vision Paper', tags: '#llm #vision' }),
  entryLines({ title: 'February Reward Paper', tags: '#rl' }),
  '2024년 1월 5일',
  entryLines({ title: 'January Base Paper', tags: '#llm' }),
  entryLines({ title: 'January Mixed Paper', tags: '#moe #agents #safety #diffusion' }),
);
const DEFAULT_TAGS = ['llm', 'rl', 'agents', 'diffusion', 'moe', 'safety'];
const MONTH_PERIODS = [
  { label: '2024년 1월', from: '2024-01-01', to: '2024-01-31' },
  { label: '2024년 2월', from: '2024-02-01', to: '2024-02-29' },
  { label: '2024년 3월', from: '2024-03-01', to: '2024-03-31' },
  { label: '2024년 4월', from: '2024-04-01', to: '2024-04-30' },
];

/** Two weeks and a day: counted by week. */
const WEEKS = digest(
  '2024년 3월 12일',
  entryLines({ title: 'Tuesday Paper', tags: '#llm' }),
  '2024년 3월 8일',
  entryLines({ title: 'Friday Paper', tags: '#llm #rl' }),
  '2024년 3월 4일',
  entryLines({ title: 'Monday Paper', tags: '#rl' }),
);

/**
 * What the table should hold, worked out from the catalog and the list's own filter rather than
 * from the chart's code: a row a period, a column a tag, and the catalog's count of each tag.
 */
function expectedTable(text: string, tags: string[], periods: typeof MONTH_PERIODS): string[][] {
  const { entries } = parseDigest(text);
  const counted = countTags(entries);
  const count = (tag: string, period: { from: string; to: string }) =>
    filterEntries(entries, { tags: [tag], tagMode: 'and', excluded: [], ...period }).length;
  return [
    ['기간', ...tags],
    ...periods.map((period) => [period.label, ...tags.map((tag) => String(count(tag, period)))]),
    ['합계', ...tags.map((tag) => String(counted.find((c) => c.key === tag)?.count ?? 0))],
  ];
}

async function openTable(page: Page): Promise<void> {
  const summary = page.getByText('표로 보기');
  if ((await page.locator('details').getAttribute('open')) === null) await summary.click();
}

async function tableCells(page: Page): Promise<string[][]> {
  await openTable(page);
  return page
    .locator('table tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? ''),
      ),
    );
}

function chart(page: Page) {
  return page.getByRole('group', { name: /^태그별 (월별|주별) 논문 수/ });
}

function listTitles(page: Page): Promise<string[]> {
  return page
    .getByRole('list', { name: '논문 목록' })
    .getByRole('heading', { level: 4 })
    .allTextContents();
}

describe('/trends', () => {
  test('charts the top tags by month, with a table of the catalog counts', async () => {
    const { page, errors, close } = await openPage(browser(), '/', VIEWPORTS.desktop, (page) =>
      serveDigest(page, MONTHS),
    );
    try {
      await page
        .getByRole('navigation', { name: '태그' })
        .getByRole('link', { name: '태그 추이' })
        .click();
      await page.waitForURL(/\/trends$/);
      await chart(page).waitFor();
      expect(await chart(page).getAttribute('aria-label')).toContain(
        '2024년 1월부터 2024년 4월까지',
      );
      // A line a tag, a point a tag and month.
      expect(await chart(page).locator('path').count()).toBe(DEFAULT_TAGS.length);
      expect(await chart(page).getByRole('link').count()).toBe(DEFAULT_TAGS.length * 4);
      expect(await tableCells(page)).toEqual(expectedTable(MONTHS, DEFAULT_TAGS, MONTH_PERIODS));
      // Checked by hand too, where case and an empty month matter.
      expect((await tableCells(page)).map((row) => row[1])).toEqual([
        'llm',
        '1',
        '1',
        '0',
        '2',
        '4',
      ]);

      await page.mouse.move(0, 0);
      const point = chart(page).getByRole('link', { name: 'llm, 2024년 4월: 2편' });
      const box = await point.boundingBox();
      if (!box) throw new Error('the point is not drawn');
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const tooltip = page.getByText('클릭하면 논문 목록');
      await tooltip.waitFor();
      await saveScreenshot(page, 'trends-desktop');
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForURL(/\/tags\/llm\?from=2024-04-01&to=2024-04-30$/);
      await page.getByRole('list', { name: '논문 목록' }).waitFor();
      expect(await listTitles(page)).toEqual(['April Agents Paper', 'April Scaling Paper']);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('keys move through the chart and open a point; the table links to each list', async () => {
    const { page, errors, close } = await openPage(
      browser(),
      '/trends',
      VIEWPORTS.desktop,
      (page) => serveDigest(page, MONTHS),
    );
    try {
      await chart(page).waitFor();
      // The chart is one stop in the tab order, at the newest month of the first tag.
      await page.getByRole('button', { name: /^safety 빼기$/ }).focus();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
      // Past the form's select, button (and no reset link while the default tags are shown).
      expect(await focused()).toBe('llm, 2024년 4월: 2편');
      await page.getByText('Enter: 논문 목록').waitFor();
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowDown');
      expect(await focused()).toBe('rl, 2024년 2월: 1편');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/tags\/rl\?from=2024-02-01&to=2024-02-29$/);
      await page.getByRole('list', { name: '논문 목록' }).waitFor();
      expect(await listTitles(page)).toEqual(['February Reward Paper']);

      await page.goBack();
      await chart(page).waitFor();
      await openTable(page);
      await page.getByRole('table').getByRole('link').first().click();
      await page.waitForURL(/\/tags\/llm\?from=2024-01-01&to=2024-01-31$/);
      await page.getByRole('list', { name: '논문 목록' }).waitFor();
      expect(await listTitles(page)).toEqual(['January Base Paper']);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('the reader removes and adds tags, which the URL keeps', async () => {
    const { page, errors, close } = await openPage(
      browser(),
      '/trends',
      VIEWPORTS.desktop,
      (page) => serveDigest(page, MONTHS),
    );
    try {
      await chart(page).waitFor();
      await page.getByRole('button', { name: 'safety 빼기' }).click();
      await page.waitForURL(/tags=llm%2Crl%2Cagents%2Cdiffusion%2Cmoe$/);
      await page.getByLabel('태그 추가').selectOption('vision');
      await page.getByRole('button', { name: '추가' }).click();
      await page.waitForURL(/tags=llm%2Crl%2Cagents%2Cdiffusion%2Cmoe%2Cvision$/);
      const tags = ['llm', 'rl', 'agents', 'diffusion', 'moe', 'vision'];
      expect(await tableCells(page)).toEqual(expectedTable(MONTHS, tags, MONTH_PERIODS));
      expect(
        await page
          .getByRole('list', { name: '차트의 태그' })
          .getByRole('listitem')
          .allTextContents(),
      ).toEqual(['llm4편×', 'rl2편×', 'agents1편×', 'diffusion1편×', 'moe1편×', 'vision1편×']);

      await page.getByRole('link', { name: '많이 쓰인 태그로' }).click();
      await page.waitForURL(/\/trends$/);
      await page.getByRole('button', { name: 'safety 빼기' }).waitFor();

      await page.goto(page.url().replace(/\/trends$/, '/trends?tags=vision,RL'));
      await chart(page).waitFor();
      expect(await tableCells(page)).toEqual(
        expectedTable(MONTHS, ['vision', 'rl'], MONTH_PERIODS),
      );
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('counts a short archive by week', async () => {
    const { page, close } = await openPage(browser(), '/trends', VIEWPORTS.desktop, (page) =>
      serveDigest(page, WEEKS),
    );
    try {
      await chart(page).waitFor();
      expect(await chart(page).getAttribute('aria-label')).toMatch(/^태그별 주별 논문 수/);
      const weeks = [
        { label: '2024년 3월 4일–3월 10일', from: '2024-03-04', to: '2024-03-10' },
        { label: '2024년 3월 11일–3월 17일', from: '2024-03-11', to: '2024-03-17' },
      ];
      expect(await tableCells(page)).toEqual(expectedTable(WEEKS, ['llm', 'rl'], weeks));
    } finally {
      await close();
    }
  });

  test('has no axe violations in either theme, with the table open and a point shown', async () => {
    const { page, close } = await openPage(browser(), '/trends', VIEWPORTS.desktop, (page) =>
      serveDigest(page, MONTHS),
    );
    try {
      await chart(page).waitFor();
      await openTable(page);
      await chart(page).getByRole('link', { name: 'llm, 2024년 4월: 2편' }).focus();
      await expectNoAxeViolationsInBothThemes(page);
      await saveScreenshot(page, 'trends-desktop-dark');
    } finally {
      await close();
    }
  });

  test('fits a phone: the chart, the tags and the table stay within the screen', async () => {
    const { page, errors, close } = await openPage(browser(), '/trends', VIEWPORTS.mobile, (page) =>
      serveDigest(page, MONTHS),
    );
    try {
      await chart(page).waitFor();
      await openTable(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      const box = await chart(page).boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= VIEWPORTS.mobile.width).toBe(true);
      await expectNoAxeViolationsInBothThemes(page);
      await saveScreenshot(page, 'trends-phone');

      // Where lines cross, the pointer takes the first tag; this point is rl's alone.
      const point = chart(page).getByRole('link', { name: 'rl, 2024년 4월: 1편' });
      const pointBox = await point.boundingBox();
      if (!pointBox) throw new Error('the point is not drawn');
      await page.mouse.click(pointBox.x + pointBox.width / 2, pointBox.y + pointBox.height / 2);
      await page.waitForURL(/\/tags\/rl\?from=2024-04-01&to=2024-04-30$/);
      await page.getByRole('list', { name: '논문 목록' }).waitFor();
      expect(await listTitles(page)).toEqual(['April Agents Paper']);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test("runs under the site's Content-Security-Policy", async () => {
    const violations: string[] = [];
    const { page, errors, close } = await openPage(
      browser(),
      '/trends',
      VIEWPORTS.desktop,
      async (page) => {
        await serveDigest(page, MONTHS);
        await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
        // A string, so that it runs before any of the page's scripts.
        await page.addInitScript(
          `document.addEventListener('securitypolicyviolation', (event) =>
            window.reportViolation(event.effectiveDirective + ' ' + (event.blockedURI || 'inline')));`,
        );
      },
      { enforcePolicy: true },
    );
    try {
      await chart(page).waitFor();
      const point = chart(page).getByRole('link', { name: 'llm, 2024년 4월: 2편' });
      const box = await point.boundingBox();
      if (!box) throw new Error('the point is not drawn');
      // The tooltip is placed with an inline style, which the policy allows.
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.getByText('클릭하면 논문 목록').waitFor();
      await openTable(page);
      expect([...violations, ...errors]).toEqual([]);
    } finally {
      await close();
    }
  });
});
