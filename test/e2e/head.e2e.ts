import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic, type StaticServer } from '../support/static-server';
import { browserPerFile, openPage, VIEWPORTS } from './browser';

const YI_ID = '2024-03-08-yi-open-foundation-models-by-01-ai';

const browser = browserPerFile();

// The build the global setup made, served with the headers of its `_headers` as hosts send them,
// so that the Content-Security-Policy refuses here whatever it would refuse to readers.
let site: StaticServer;
beforeAll(async () => {
  site = await serveStatic(fileURLToPath(new URL('../../dist/', import.meta.url)), {
    applyHeadersFile: true,
  });
});
afterAll(() => site.close());

/** Requests that failed on the network or were answered with an error status, since `page` opened. */
function watchRequests(page: Page, failures: string[]): void {
  page.on('requestfailed', (request) => {
    failures.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.url()}: ${response.status()}`);
  });
}

/** Every icon and the manifest that the page's head links to, with the status and type served. */
function linkedFiles(page: Page): Promise<Array<{ href: string; status: number; type: string }>> {
  return page.evaluate(async () => {
    const links = [
      ...document.head.querySelectorAll<HTMLLinkElement>(
        'link[rel~="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]',
      ),
    ];
    const manifestLink = links.find((link) => link.rel === 'manifest');
    const manifest = manifestLink
      ? ((await (await fetch(manifestLink.href)).json()) as { icons: Array<{ src: string }> })
      : { icons: [] };
    const hrefs = [
      ...links.map((link) => link.href),
      ...manifest.icons.map((icon) => new URL(icon.src, manifestLink?.href).href),
      // Browsers ask for it whatever the page links to.
      new URL('/favicon.ico', location.href).href,
    ];
    return Promise.all(
      [...new Set(hrefs)].map(async (href) => {
        const response = await fetch(href);
        return {
          href: new URL(href).pathname,
          status: response.status,
          type: response.headers.get('content-type') ?? '',
        };
      }),
    );
  });
}

describe('every page loads cleanly', () => {
  test.each([
    ['the home page', '/', 'list'],
    ['a paper page', `/papers/${YI_ID}`, 'paper'],
    ['a tag page', '/tags/llm', 'list'],
  ] as const)('%s: no console errors, no failed requests', async (_, path, shows) => {
    const failures: string[] = [];
    const { page, errors, close } = await openPage(
      browser(),
      new URL(path, site.url).href,
      VIEWPORTS.mobile,
      (page) => {
        watchRequests(page, failures);
        return Promise.resolve();
      },
    );
    try {
      if (shows === 'paper') await page.getByRole('region', { name: '해설' }).waitFor();
      else
        await page.getByRole('list', { name: '논문 목록' }).getByRole('listitem').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(failures).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('the icons and the manifest that the head links to are served as what they are', async () => {
    const { page, errors, close } = await openPage(browser(), site.url, VIEWPORTS.desktop);
    try {
      const files = await linkedFiles(page);
      expect(files.map((file) => file.href).sort()).toEqual([
        '/apple-touch-icon.png',
        '/favicon.ico',
        '/favicon.svg',
        '/icon-192.png',
        '/icon-512.png',
        '/icon-maskable-512.png',
        '/manifest.webmanifest',
      ]);
      for (const file of files) {
        expect(file.status, file.href).toBe(200);
        expect(file.type, file.href).toMatch(/^(image\/|application\/manifest\+json)/);
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  test('the toolbar colour follows the theme the reader picks', async () => {
    const { page, errors, close } = await openPage(browser(), site.url, VIEWPORTS.mobile);
    const themeColors = () =>
      page
        .locator('meta[name="theme-color"]')
        .evaluateAll((metas) => metas.map((meta) => (meta as HTMLMetaElement).content));
    try {
      const toggle = page.getByRole('button', { name: '다크 모드' });
      await toggle.click();
      await expect.poll(themeColors).toEqual(['#09090b', '#09090b']);
      await toggle.click();
      await expect.poll(themeColors).toEqual(['#ffffff', '#ffffff']);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
