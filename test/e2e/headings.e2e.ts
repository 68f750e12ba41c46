import AxeBuilder from '@axe-core/playwright';
import type { Page, ViewportSize } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { parseDigest } from '../../src/digest';
import { syntheticDigest } from '../support/synthetic-digest';
import { browserPerFile, openPage, VIEWPORTS } from './browser';

const browser = browserPerFile();

// Some 170 days of one to six papers each: far longer than any screen, so that deep in the list
// the rows rendered around the viewport start partway through a day whose heading is out of view.
const LONG = syntheticDigest({ entries: 600 });
const { entries } = parseDigest(LONG);
const LIBRARY_KEY = 'digest-reader:v1:library:default';
// The list shows the newest day first, and the digest the oldest: this paper is near the end.
const DEEP = entries[40];
if (!DEEP) throw new Error('the synthetic digest is too short');

/** Every paper bookmarked, one second apart. */
function libraryOfEveryPaper(): string {
  const bookmarks = Object.fromEntries(
    entries.map((entry, index) => [
      entry.id,
      {
        id: entry.id,
        title: entry.title,
        date: entry.date,
        savedAt: new Date(Date.UTC(2024, 0, 1, 0, 0, index)).toISOString(),
      },
    ]),
  );
  return JSON.stringify({ version: 1, bookmarks, read: {}, notes: {} });
}

function open(path: string, viewport: ViewportSize) {
  return openPage(browser(), path, viewport, async (page) => {
    await page.addInitScript(([key, library]) => localStorage.setItem(key, library), [
      LIBRARY_KEY,
      libraryOfEveryPaper(),
    ] as const);
    await page.route('**/assets/digest-*.txt', (route) =>
      route.fulfill({ body: LONG, contentType: 'text/plain; charset=utf-8' }),
    );
  });
}

function list(page: Page) {
  return page.getByRole('list', { name: '논문 목록' });
}

/** Two frames twice: the virtualizer takes the new range, then renders the rows around it. */
async function settle(page: Page): Promise<void> {
  for (let frames = 0; frames < 2; frames++) {
    await page.evaluate(
      () =>
        new Promise<void>((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
        ),
    );
  }
}

/** Checks the whole page with axe in one theme (the themes share the markup but are both checked). */
async function expectHeadingsInOrder(page: Page, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme });
  const { violations } = await new AxeBuilder({ page }).withRules(['heading-order']).analyze();
  expect(violations.flatMap((violation) => violation.nodes.map((node) => node.html))).toEqual([]);
}

/**
 * The day pinned at the top of the list is the day of the paper at the top, beneath it (unless the
 * row at the top is the pinned heading itself).
 */
async function expectPinnedDayOfTopPaper(page: Page): Promise<void> {
  const { pinned, topPaper } = await list(page).evaluate((element) => {
    const edge = element.parentElement?.getBoundingClientRect().top ?? 0;
    const rows = [...element.querySelectorAll(':scope > [role="listitem"]:not(.sticky)')];
    const top = rows.find((row) => {
      const { top, bottom } = row.getBoundingClientRect();
      return top <= edge && bottom > edge;
    });
    return {
      pinned: element.querySelector('.sticky time')?.getAttribute('datetime'),
      topPaper: top?.querySelector('a')?.pathname,
    };
  });
  expect(pinned).toBeTruthy();
  // A paper's id begins with its day.
  if (topPaper) expect(topPaper).toMatch(new RegExp(`^/papers/${pinned}-`));
}

/**
 * Scrolls the list to the middle and on a row at a time, calling `check` at each stop: somewhere
 * the rows rendered above the viewport start partway through a day.
 */
async function scrollThroughTheMiddle(page: Page, check: () => Promise<void>): Promise<void> {
  await list(page).getByRole('listitem').first().waitFor();
  const middle = await list(page).evaluate((element) => Math.round(element.scrollHeight / 2));
  for (let step = 0; step < 3; step++) {
    await list(page).evaluate(
      (element, top) => {
        element.parentElement?.scrollTo({ top });
      },
      middle + step * 150,
    );
    await settle(page);
    await check();
  }
}

describe.each(Object.entries(VIEWPORTS))('heading order (%s)', (_, viewport) => {
  test('on a paper deep-linked far down the list', async () => {
    const { page, errors, close } = await open(`/papers/${DEEP.id}`, viewport);
    try {
      await page.getByRole('heading', { level: 2, name: DEEP.title }).waitFor();
      // On a phone the paper takes the whole screen, without the list.
      if (viewport.width >= VIEWPORTS.desktop.width) {
        await list(page).locator('a[aria-current="page"]').waitFor();
      }
      await settle(page);
      await expectHeadingsInOrder(page, 'light');
      await expectHeadingsInOrder(page, 'dark');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test.each(['/', '/tags/llm', '/bookmarks?sort=date'])(
    'on %s scrolled deep into the list',
    async (path) => {
      const { page, errors, close } = await open(path, viewport);
      try {
        await scrollThroughTheMiddle(page, async () => {
          await expectHeadingsInOrder(page, 'light');
          await expectPinnedDayOfTopPaper(page);
        });
        await expectHeadingsInOrder(page, 'dark');
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    },
  );

  test('on /bookmarks in the order saved, without days, scrolled deep', async () => {
    const { page, errors, close } = await open('/bookmarks', viewport);
    try {
      await scrollThroughTheMiddle(page, () => expectHeadingsInOrder(page, 'light'));
      await expectHeadingsInOrder(page, 'dark');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
