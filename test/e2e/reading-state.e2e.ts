import type { Page } from 'playwright-core';
import { describe, test } from 'vitest';
import { browserPerFile, gotoApp, openPage, VIEWPORTS } from './browser';

const browser = browserPerFile();

const RL = 'Teaching Large Language Models to Reason with Reinforcement Learning';
const RL_ID = '2024-03-08-teaching-large-language-models-to-reason-with-reinforcement-learning';
const RL_PATH = `/papers/${RL_ID}`;
const LIBRARY_KEY = 'digest-reader:v1:library:default';
const SEPARATOR = '\n\n— 다른 탭에서 쓴 메모 —\n\n';
/** The product's reading time (4 s), and a margin for the timer to have fired. */
const PAST_READING_TIME_MS = 4000 + 600;

const noteField = (page: Page) => page.getByRole('textbox', { name: '내 메모' });
const readButton = (page: Page) =>
  page.getByRole('article').getByRole('button', { name: '읽음', exact: true });

/** Focuses the note with the caret at its end, as a reader who clicks in to add a line. */
async function focusNoteAtEnd(page: Page): Promise<void> {
  await noteField(page).focus();
  await noteField(page).evaluate((field: HTMLTextAreaElement) => {
    field.setSelectionRange(field.value.length, field.value.length);
  });
}

/** Chromium's Korean input method: `steps` shown while composing, then `text` committed. */
async function compose(page: Page, steps: string[], text: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  for (const step of steps) {
    await cdp.send('Input.imeSetComposition', {
      text: step,
      selectionStart: step.length,
      selectionEnd: step.length,
    });
  }
  await cdp.send('Input.insertText', { text });
  await cdp.detach();
}

/** What storage holds as the note on RL, once the page's batched write has happened. */
async function waitForStoredNote(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    ([key, id, expected]) => {
      try {
        const value = JSON.parse(localStorage.getItem(key) ?? 'null') as {
          notes: Record<string, { text: string }>;
        } | null;
        return value?.notes[id]?.text === expected;
      } catch {
        return false;
      }
    },
    [LIBRARY_KEY, RL_ID, text] as const,
  );
}

async function storedLibrary(
  page: Page,
): Promise<{ read: Record<string, unknown>; bookmarks: Record<string, unknown> }> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), LIBRARY_KEY);
  return raw === null
    ? { read: {}, bookmarks: {} }
    : (JSON.parse(raw) as { read: Record<string, unknown>; bookmarks: Record<string, unknown> });
}

async function waitForValue(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (expected) => document.querySelector<HTMLTextAreaElement>('textarea')?.value === expected,
    text,
  );
}

describe('a note open in two tabs', () => {
  test('Korean typed in one tab appears in the other; edits made at once keep both', async ({
    expect,
  }) => {
    const { page: first, errors, close } = await openPage(browser(), RL_PATH, VIEWPORTS.desktop);
    try {
      const second = await first.context().newPage();
      await gotoApp(second, first.url());
      await noteField(first).waitFor();
      await noteField(second).waitFor();

      await focusNoteAtEnd(first);
      await compose(first, ['ㅁ', '모', '몯', '모ㄷ', '모데', '모델'], '모델');
      await waitForValue(second, '모델');

      // The second tab starts composing a syllable; meanwhile the first tab adds to the note.
      await focusNoteAtEnd(second);
      const cdp = await second.context().newCDPSession(second);
      for (const step of ['ㅇ', '이']) {
        await cdp.send('Input.imeSetComposition', {
          text: step,
          selectionStart: 1,
          selectionEnd: 1,
        });
      }
      await compose(first, ['ㅂ', '비', '빅', '비교'], '비교');
      await waitForStoredNote(second, '모델비교');
      // The field being composed in is left alone.
      expect(await noteField(second).inputValue()).toBe('모델이');

      await cdp.send('Input.insertText', { text: '이해' });
      await cdp.detach();
      await second
        .getByRole('status')
        .filter({ hasText: '다른 탭에서 이 메모가 바뀌었습니다' })
        .waitFor();
      expect(await noteField(second).inputValue()).toBe('모델이해');

      const both = `모델이해${SEPARATOR}모델비교`;
      await waitForStoredNote(first, both);
      // Once neither tab is editing, both show both texts.
      await noteField(second).blur();
      await noteField(first).blur();
      await waitForValue(second, both);
      await waitForValue(first, both);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe.concurrent('read marks', () => {
  test('a paper marked unread stays unread after the tab is left and shown again', async ({
    expect,
  }) => {
    const { page, close } = await openPage(browser(), RL_PATH, VIEWPORTS.desktop);
    try {
      await readButton(page).click();
      await readButton(page).click();
      expect(await readButton(page).getAttribute('aria-pressed')).toBe('false');
      await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
      await page.waitForTimeout(PAST_READING_TIME_MS);
      expect(await readButton(page).getAttribute('aria-pressed')).toBe('false');
      expect(Object.keys((await storedLibrary(page)).read)).not.toContain(RL_ID);
    } finally {
      await close();
    }
  });

  test('the unread-only list keeps the open paper once reading time marks it read', async ({
    expect,
  }) => {
    const { page, close } = await openPage(browser(), '/?unread=1', VIEWPORTS.desktop);
    try {
      const list = page.getByRole('list', { name: '논문 목록' });
      await list.getByRole('link', { name: RL }).click();
      await page.getByRole('article').waitFor();
      await page.waitForTimeout(PAST_READING_TIME_MS);
      expect(await readButton(page).getAttribute('aria-pressed')).toBe('true');
      expect(await list.getByRole('link', { name: RL }).count()).toBe(1);

      await gotoApp(page, new URL('/?unread=1', page.url()).href);
      await list.getByRole('link').first().waitFor();
      expect(await list.getByRole('link', { name: RL }).count()).toBe(0);
    } finally {
      await close();
    }
  });
});

describe('shortcuts in split view', () => {
  test('j/k then b bookmarks the open paper, not the cursor’s', async ({ expect }) => {
    const { page, close } = await openPage(browser(), '/', VIEWPORTS.desktop);
    try {
      const list = page.getByRole('list', { name: '논문 목록' });
      await list.getByRole('link', { name: RL }).click();
      const detailToggle = page.getByRole('article').getByRole('button', { name: `책갈피: ${RL}` });
      await detailToggle.waitFor();
      // RL is the digest's second-to-last paper: the cursor ends on the last.
      for (const key of ['k', 'j', 'j', 'b']) await page.keyboard.press(key);
      await page.waitForFunction(
        (name) =>
          document
            .querySelector(`article button[aria-label="${name}"]`)
            ?.getAttribute('aria-pressed') === 'true',
        `책갈피: ${RL}`,
      );
      // Written after the batch delay: nothing but this paper may be there.
      const { bookmarks } = await storedLibrary(page);
      expect(Object.keys(bookmarks).filter((id) => id !== RL_ID)).toEqual([]);
      expect(
        await list
          .getByRole('button', { name: /^책갈피: / })
          .evaluateAll(
            (toggles) =>
              toggles.filter((toggle) => toggle.getAttribute('aria-pressed') === 'true').length,
          ),
      ).toBe(1);
    } finally {
      await close();
    }
  });
});
