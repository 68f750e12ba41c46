import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page, type ViewportSize } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { LAUNCH_ARGS } from '../support/chromium';

const ARTIFACTS_DIR = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));

export const VIEWPORTS = {
  mobile: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} satisfies Record<string, ViewportSize>;

/**
 * Launches the Chromium that the e2e global setup picked before the calling file's tests and
 * closes it after them. Call at the top of a test file; the returned getter works inside tests.
 */
export function browserPerFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: LAUNCH_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is only available inside tests');
    return browser;
  };
}

export interface OpenedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen since the page opened. */
  errors: string[];
  close: () => Promise<void>;
}

/** Opens `path` of the app under test in a fresh context, so pages never share storage. */
export async function openPage(
  browser: Browser,
  path: string,
  viewport: ViewportSize,
  /** Runs before the first navigation, e.g. to route requests or seed storage. */
  prepare?: (page: Page) => Promise<void>,
  /**
   * Keeps the site's Content-Security-Policy in force. Other tests bypass it: Playwright's
   * waitForFunction evaluates its predicate as a string, which the policy (no eval) forbids.
   */
  {
    enforcePolicy = false,
    allowServiceWorkers = false,
  }: {
    enforcePolicy?: boolean;
    /**
     * Lets the site's service worker install. Blocked otherwise: requests a worker answers never
     * reach `page.route`, and its caches would answer where a test means the network to.
     */
    allowServiceWorkers?: boolean;
  } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport,
    locale: 'ko-KR',
    bypassCSP: !enforcePolicy,
    serviceWorkers: allowServiceWorkers ? 'allow' : 'block',
  });
  const page = await context.newPage();
  // Below the test timeout, so a missing element fails with Playwright's message, not a timeout.
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await prepare?.(page);
  const url = new URL(path, inject('baseURL')).href;
  // A page outside the app (about:blank) has nothing to wait for.
  if (url.startsWith('about:')) await page.goto(url);
  else await gotoApp(page, url);
  return { page, errors, close: () => context.close() };
}

/**
 * Opens `url` and waits until the app has taken the page over: a page rendered ahead of time
 * shows its content before the app answers input or shows the reader's library.
 */
export async function gotoApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await appReady(page);
}

/** Reloads the page and waits until the app has taken it over (see `gotoApp`). */
export async function reloadApp(page: Page): Promise<void> {
  await page.reload();
  await appReady(page);
}

async function appReady(page: Page): Promise<void> {
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
}

/** Saves a full-page screenshot as `test-artifacts/<name>.png` and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const path = `${ARTIFACTS_DIR}${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}
