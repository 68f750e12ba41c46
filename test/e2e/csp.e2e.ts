import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseDigest } from '../../src/digest';
import { libraryStorageKey, storageKey } from '../../src/library';
import { digest, entryLines } from '../support/digest-factory';
import { serveStatic, type StaticServer } from '../support/static-server';
import { browserPerFile, gotoApp, openPage, saveScreenshot, VIEWPORTS } from './browser';

const browser = browserPerFile();

/**
 * dist/ served with the headers of its `_headers` file, as Netlify and Cloudflare Pages serve it:
 * each page is then under both its `<meta>` policy and the header's.
 */
let site: StaticServer;
beforeAll(async () => {
  site = await serveStatic(resolve(import.meta.dirname, '../../dist'), { applyHeadersFile: true });
});
afterAll(() => site.close());

const YI = 'Yi: Open Foundation Models by 01.AI';
const YI_ID = '2024-03-08-yi-open-foundation-models-by-01-ai';

interface SecuredPage {
  page: Page;
  /** Every policy violation and console error of the page, its workers and its reloads. */
  problems: string[];
  close: () => Promise<void>;
}

/**
 * Reports each `securitypolicyviolation` to the test, from every document the page loads. A
 * string, not a function: it must run as written, before any of the page's own scripts.
 */
const VIOLATION_PROBE = `document.addEventListener('securitypolicyviolation', (event) => {
  window.reportViolation(
    event.effectiveDirective + ' blocked ' + (event.blockedURI || 'inline') +
      ' at ' + event.sourceFile + ':' + event.lineNumber + ' ' + event.sample,
  );
});`;

async function openSecured(
  path: string,
  prepare?: (page: Page) => Promise<unknown>,
): Promise<SecuredPage> {
  const violations: string[] = [];
  const workerErrors: string[] = [];
  const { page, errors, close } = await openPage(
    browser(),
    new URL(path, site.url).href,
    VIEWPORTS.desktop,
    async (page) => {
      await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
      await page.addInitScript(VIOLATION_PROBE);
      page.on('worker', (worker) =>
        worker.on('console', (message) => {
          if (message.type() === 'error') workerErrors.push(`worker: ${message.text()}`);
        }),
      );
      await prepare?.(page);
    },
    { enforcePolicy: true },
  );
  return {
    page,
    get problems() {
      return [...violations, ...errors, ...workerErrors];
    },
    close,
  };
}

/** Serves `text` instead of the shipped digest. */
function serveDigest(text: string) {
  return (page: Page) =>
    page.route('**/assets/digest-*.txt', (route) =>
      route.fulfill({ body: text, contentType: 'text/plain; charset=utf-8' }),
    );
}

function list(page: Page) {
  return page.getByRole('list', { name: '논문 목록' });
}

/** A server of its own, on another origin than the site, as a reader's `?src=` address is. */
async function serveElsewhere(text: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_, response) => {
    response.writeHead(200, {
      'content-type': 'text/plain; charset=utf-8',
      'access-control-allow-origin': '*',
    });
    response.end(text);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/digest.txt`, server };
}

const MATH = digest(
  '2024년 3월 8일',
  entryLines({
    title: 'Scaling Laws for $\\sqrt{N}$ Models',
    abstract: [
      'We reach $10^6$ steps, bound the loss by $\\frac{1}{\\sqrt{N}}$ and show $$\\sum_{i=1}^n x_i^2 \\le \\epsilon$$ for \\textbf{every} run.',
    ],
    tags: '#llm',
  }),
);
const [MATH_PAPER] = parseDigest(MATH).entries;

/**
 * Digest text that tries every way to run a script or leave the page: each attempt sets
 * `window.pwned` to say which one got through.
 */
const HOSTILE = digest(
  '2024년 3월 8일',
  entryLines({
    title: `Hostile <script>window.pwned='title'</script> Paper $x^2$`,
    authors: `(Eve <b onmouseover="window.pwned='authors'">Mallory</b>, Oscar)`,
    abstract: [
      `We show $x^2$ <img src=x onerror="window.pwned='img'"> and \\href{javascript:window.pwned='katex'}{a link}, \\url{javascript:window.pwned='url'}.`,
    ],
    commentary: [
      `해설 <script>window.pwned='script'</script> <svg onload="window.pwned='svg'"></svg>`,
      `<iframe srcdoc="<script>parent.pwned='iframe'</script>"></iframe> <object data="javascript:window.pwned='object'"></object>`,
      `[링크](javascript:window.pwned='link') <a href="javascript:window.pwned='anchor'">앵커</a> ![그림](javascript:window.pwned='image')`,
      `<form action="javascript:window.pwned='form'"><button>보내기</button></form> <base href="https://evil.example/">`,
      `<meta http-equiv="refresh" content="0;url=javascript:window.pwned='meta'"> <details open ontoggle="window.pwned='details'">열기</details>`,
      `<style>body { display: none }</style> [data](data:text/html,<script>alert(1)</script>)`,
      `[엔티티](java&#10;script:window.pwned='entity') <javascript:window.pwned='autolink'>`,
      `</script><script>window.pwned='closed'</script> " onmouseover="window.pwned='attribute'`,
    ],
    tags: '#llm',
  }),
);
const [HOSTILE_PAPER] = parseDigest(HOSTILE).entries;

describe('the content security policy', () => {
  test('is sent as a header with framing forbidden, and as a <meta> first in every page', async () => {
    for (const path of ['/', '/tags/llm', '/bookmarks', '/no/such/page']) {
      const response = await fetch(new URL(path, site.url));
      const header = response.headers.get('content-security-policy') ?? '';
      expect(header).toContain("frame-ancestors 'none'");
      expect(header).toContain("object-src 'none'");
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      const html = await response.text();
      const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'));
      expect(head).toMatch(
        /^<head>\s*<meta charset="UTF-8" \/>\s*<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-/,
      );
      expect(head).not.toMatch(/unsafe-eval/);
      // Pages change with every build; only /assets is cached for good.
      expect(response.headers.get('cache-control')).toBeNull();
    }
  });

  test('lets the reader read, filter, open a paper and the shortcuts, switch themes and see bookmarks', async () => {
    const secured = await openSecured('/');
    const { page } = secured;
    try {
      await list(page).getByRole('link', { name: YI }).waitFor();
      const script = await page.evaluate(
        () => [...document.scripts].find((element) => element.src.includes('/assets/'))?.src ?? '',
      );
      const assetResponse = await fetch(script);
      expect(assetResponse.headers.get('cache-control')).toBe(
        'public, max-age=31536000, immutable',
      );

      await page.keyboard.press('?');
      await page.getByRole('dialog', { name: '키보드 단축키' }).waitFor();
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });

      const toggle = page.getByRole('button', { name: '다크 모드' });
      await toggle.click();
      await page.waitForFunction(() => document.documentElement.classList.contains('dark'));
      await toggle.click();
      await page.waitForFunction(() => !document.documentElement.classList.contains('dark'));

      await page
        .getByRole('navigation', { name: '태그' })
        .getByRole('link', { name: /^rl\b/ })
        .click();
      await page.waitForURL(/[?&]tags=rl\b|\/tags\/rl/);

      await gotoApp(page, new URL('/tags/llm', site.url).href);
      await list(page).getByRole('link', { name: YI }).waitFor();
      await gotoApp(page, new URL(`/papers/${YI_ID}`, site.url).href);
      await page.getByRole('heading', { level: 2, name: YI }).waitFor();

      await list(page)
        .getByRole('button', { name: `책갈피: ${YI}` })
        .click();
      await page.waitForFunction(
        (key) => localStorage.getItem(key)?.includes('"bookmarks":{"'),
        libraryStorageKey(),
      );
      await gotoApp(page, new URL('/bookmarks', site.url).href);
      await list(page).getByRole('link', { name: YI }).waitFor();
      expect(secured.problems).toEqual([]);
    } finally {
      await secured.close();
    }
  });

  test('typesets math with KaTeX and its fonts', async () => {
    const secured = await openSecured(`/papers/${MATH_PAPER?.id}`, serveDigest(MATH));
    const { page } = secured;
    try {
      await page.getByRole('heading', { level: 2, name: /Scaling Laws for/ }).waitFor();
      const abstract = page.getByRole('region', { name: 'Abstract' });
      await abstract.locator('.katex').first().waitFor();
      expect(await abstract.locator('.katex').count()).toBeGreaterThanOrEqual(3);
      expect(await abstract.locator('.katex-error').count()).toBe(0);
      const fontsLoaded = await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts]
          .filter((face) => face.status === 'loaded')
          .map((face) => face.family.replace(/["']/g, ''));
      });
      expect(fontsLoaded).toContain('KaTeX_Main');
      await saveScreenshot(page, 'csp-math');
      expect(secured.problems).toEqual([]);
    } finally {
      await secured.close();
    }
  });

  test('opens a digest from another address with ?src= and a file the reader picks', async () => {
    const elsewhere = await serveElsewhere(
      digest('2024년 3월 9일', entryLines({ title: 'A Paper From Elsewhere' })),
    );
    const secured = await openSecured(`/?src=${encodeURIComponent(elsewhere.url)}`);
    const { page } = secured;
    try {
      await list(page).getByRole('link', { name: 'A Paper From Elsewhere' }).waitFor();

      await gotoApp(page, new URL('/', site.url).href);
      await list(page).getByRole('link', { name: YI }).waitFor();
      await page.getByLabel('다이제스트 파일 열기').setInputFiles({
        name: 'mine.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(digest('2024년 3월 10일', entryLines({ title: 'My Own Paper' }))),
      });
      await list(page).getByRole('link', { name: 'My Own Paper' }).waitFor();
      expect(secured.problems).toEqual([]);
    } finally {
      await secured.close();
      elsewhere.server.close();
    }
  });

  test('a hostile digest runs no script, and the app never even asks the policy to stop one', async () => {
    const secured = await openSecured(`/papers/${HOSTILE_PAPER?.id}`, serveDigest(HOSTILE));
    const { page } = secured;
    try {
      const heading = page.getByRole('heading', { level: 2, name: /Hostile/ });
      await heading.waitFor();
      await page.getByRole('region', { name: 'Abstract' }).locator('.katex').first().waitFor();
      for (const link of await page.locator('article a').all()) {
        const href = (await link.getAttribute('href')) ?? '';
        expect(href).toMatch(/^(https?:|mailto:|\/|#)/);
      }
      // Long enough for an onerror, onload or ontoggle that slipped through to have run.
      await page.waitForTimeout(300);

      expect(await page.evaluate(() => (window as { pwned?: string }).pwned)).toBeUndefined();
      const dangerous = await page.evaluate(() => ({
        elements: document.querySelectorAll(
          [
            ':is(article, [aria-label="논문 목록"]) :is(script, iframe, object, embed, form, style, img)',
            'base',
            'meta[http-equiv="refresh"]',
          ].join(', '),
        ).length,
        handlers: [...document.querySelectorAll('#root *')].filter((element) =>
          element.getAttributeNames().some((name) => name.startsWith('on')),
        ).length,
        scriptUrls: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]')
          .length,
        baseURI: document.baseURI === location.href,
      }));
      expect(dangerous).toEqual({ elements: 0, handlers: 0, scriptUrls: 0, baseURI: true });
      // Shown as text (with typographic quotes).
      expect(await heading.textContent()).toMatch(/<script>window\.pwned=.title.<\/script>/);
      await saveScreenshot(page, 'csp-hostile');
      expect(secured.problems).toEqual([]);
    } finally {
      await secured.close();
    }
  });
});

/**
 * Notes, before any of the page's own scripts, the moments the `dark` class comes and goes, and the
 * page as its first frame shows it: a frame's callbacks run right before it is painted, and the
 * browser paints no frame before the stylesheet has loaded.
 */
const FIRST_FRAME_PROBE = `(() => {
  // The parser has not made <html> yet: its class is watched from the document.
  window.themeChanges = [];
  new MutationObserver((records) => {
    const root = document.documentElement;
    if (records.some((record) => record.target === root)) {
      window.themeChanges.push([performance.now(), root.classList.contains('dark')]);
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
  requestAnimationFrame((time) => {
    const root = document.documentElement;
    window.firstFrame = {
      time,
      dark: root.classList.contains('dark'),
      colorScheme: getComputedStyle(root).colorScheme,
      background: document.body ? getComputedStyle(document.body).backgroundColor : null,
    };
  });
})();`;

interface FirstFrame {
  time: number;
  dark: boolean;
  colorScheme: string;
  background: string | null;
}

/** Whether a computed CSS colour (`oklch(…)` or `rgb(…)`) is a dark one. */
function isDarkColour(colour: string): boolean {
  const oklch = /^oklch\(([\d.]+)(%?)/.exec(colour);
  if (oklch) return Number(oklch[1]) / (oklch[2] ? 100 : 1) < 0.5;
  const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(colour);
  if (rgb) return (Number(rgb[1]) + Number(rgb[2]) + Number(rgb[3])) / 3 < 128;
  throw new Error(`unexpected colour ${colour}`);
}

describe('the first paint', () => {
  test.each([
    { saved: 'dark', system: 'light', dark: true },
    { saved: null, system: 'dark', dark: true },
    { saved: 'light', system: 'dark', dark: false },
    { saved: null, system: 'light', dark: false },
  ] as const)(
    'with $saved saved and a $system system is already in its theme',
    async ({ saved, system, dark }) => {
      const secured = await openSecured('/', async (page) => {
        await page.emulateMedia({ colorScheme: system });
        if (saved) {
          await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
            storageKey('theme'),
            saved,
          ] as const);
        }
        await page.addInitScript(FIRST_FRAME_PROBE);
      });
      const { page } = secured;
      try {
        await list(page).getByRole('link', { name: YI }).waitFor();
        const { firstFrame, changes, firstPaint } = await page.evaluate(() => {
          const probed = window as unknown as {
            firstFrame: FirstFrame;
            themeChanges: Array<[time: number, dark: boolean]>;
          };
          return {
            firstFrame: probed.firstFrame,
            changes: probed.themeChanges,
            firstPaint: performance.getEntriesByName('first-paint')[0]?.startTime ?? NaN,
          };
        });
        expect(firstFrame.dark).toBe(dark);
        expect(firstFrame.colorScheme).toBe(dark ? 'dark' : 'light');
        if (firstFrame.background) expect(isDarkColour(firstFrame.background)).toBe(dark);
        // Set before the first frame and never changed after it.
        expect(changes.every(([, isDark]) => isDark === dark)).toBe(true);
        expect(changes.every(([time]) => time <= firstFrame.time)).toBe(true);
        expect(firstFrame.time).toBeLessThanOrEqual(firstPaint);
        const background = await page.evaluate(
          () => getComputedStyle(document.body).backgroundColor,
        );
        expect(isDarkColour(background)).toBe(dark);
        expect(secured.problems).toEqual([]);
      } finally {
        await secured.close();
      }
    },
  );
});
