import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { getManifest } from 'workbox-build';
import { afterAll, describe, expect, it } from 'vitest';
import {
  isDigestRequest,
  isFontRequest,
  isPageRequest,
  PRECACHED_FILES,
  RUNTIME_CACHING,
  SERVICE_WORKER_OPTIONS,
} from '../../src/build/service-worker';
import { OFFLINE_CACHES, PAGE_REQUEST_ACCEPT } from '../../src/features/offline/offline-contract';

/** A built site's files, as `vite build` and the prerendering leave them. */
const BUILT_FILES = [
  'index.html',
  'index.html.gz',
  'index.html.br',
  '404.html',
  '404.html.gz',
  '404.html.br',
  '_headers',
  'robots.txt',
  'sitemap.xml',
  'feed.xml',
  'manifest.webmanifest',
  'favicon.ico',
  'favicon.svg',
  'apple-touch-icon.png',
  'icon-192.png',
  'icon-maskable-512.png',
  'papers/2024-03-08-yi.html',
  'papers/2024-03-08-yi.html.gz',
  'tags/llm.html',
  'tags/llm/feed.xml',
  'assets/index-AbCd1234.js',
  'assets/index-AbCd1234.js.gz',
  'assets/index-AbCd1234.js.br',
  'assets/katex-EfGh5678.js',
  'assets/digest-parser.worker-IjKl9012.js',
  'assets/index-MnOp3456.css',
  'assets/katex-QrSt7890.css',
  'assets/KaTeX_Main-Regular-UvWx1234.woff2',
  'assets/KaTeX_Main-Regular-YzAb5678.woff',
  'assets/KaTeX_Main-Regular-CdEf9012.ttf',
  'assets/PretendardVariable.subset.12-GhIj3456.woff2',
  'assets/digest-KlMn7890.txt',
  'assets/digest-KlMn7890.txt.gz',
];

const work = mkdtempSync(join(tmpdir(), 'service-worker-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('precache', () => {
  it('holds the app shell, scripts, styles, icons, manifest and KaTeX woff2, and nothing else', async () => {
    for (const file of BUILT_FILES) {
      mkdirSync(dirname(join(work, file)), { recursive: true });
      writeFileSync(join(work, file), file);
    }
    const { manifestEntries } = await getManifest({
      globDirectory: work,
      globPatterns: PRECACHED_FILES,
    });
    expect(manifestEntries?.map(({ url }) => url).sort()).toEqual(
      [
        '404.html',
        'apple-touch-icon.png',
        'assets/KaTeX_Main-Regular-UvWx1234.woff2',
        'assets/digest-parser.worker-IjKl9012.js',
        'assets/index-AbCd1234.js',
        'assets/index-MnOp3456.css',
        'assets/katex-EfGh5678.js',
        'assets/katex-QrSt7890.css',
        'favicon.ico',
        'favicon.svg',
        'icon-192.png',
        'icon-maskable-512.png',
        'manifest.webmanifest',
      ].sort(),
    );
  });

  it('leaves navigations to the pages cache and keeps the manifest in public/', () => {
    expect(SERVICE_WORKER_OPTIONS.workbox?.navigateFallback).toBeNull();
    expect(SERVICE_WORKER_OPTIONS.manifest).toBe(false);
    expect(SERVICE_WORKER_OPTIONS.injectRegister).toBe(false);
    expect(SERVICE_WORKER_OPTIONS.registerType).toBe('prompt');
  });
});

type Matcher = typeof isPageRequest;

/**
 * The matcher as the worker runs it: workbox-build writes its source text into sw.js, so it must
 * work with nothing of this module around it.
 */
function asWrittenIntoTheWorker(matcher: Matcher): Matcher {
  return runInNewContext(`(${matcher.toString()})`) as Matcher;
}

const ORIGIN = 'https://digest.example';

function matches(
  matcher: Matcher,
  url: string,
  { navigate = false, ...init }: RequestInit & { navigate?: boolean } = {},
) {
  const request = new Request(new URL(url, ORIGIN), init);
  // Node's Request refuses the mode of a navigation, which only browsers make.
  if (navigate) Object.defineProperty(request, 'mode', { value: 'navigate' });
  const resolved = new URL(url, ORIGIN);
  return Boolean(
    asWrittenIntoTheWorker(matcher)({
      url: resolved,
      request,
      sameOrigin: resolved.origin === ORIGIN,
      event: {} as Parameters<Matcher>[0]['event'],
    }),
  );
}

describe('runtime caches', () => {
  it('files navigations, and the page asking for its own HTML, with the pages', () => {
    expect(matches(isPageRequest, '/papers/2024-03-08-yi', { navigate: true })).toBe(true);
    expect(matches(isPageRequest, '/tags/llm', { headers: { accept: PAGE_REQUEST_ACCEPT } })).toBe(
      true,
    );
    expect(matches(isPageRequest, '/assets/digest-KlMn7890.txt')).toBe(false);
    expect(
      matches(isPageRequest, 'https://other.example/', {
        headers: { accept: PAGE_REQUEST_ACCEPT },
      }),
    ).toBe(false);
  });

  it("keeps the site's digests, and no other site's text", () => {
    expect(matches(isDigestRequest, '/assets/digest-KlMn7890.txt')).toBe(true);
    expect(matches(isDigestRequest, '/robots.txt')).toBe(false);
    expect(matches(isDigestRequest, 'https://other.example/assets/digest.txt')).toBe(false);
  });

  it("keeps the site's font slices", () => {
    expect(matches(isFontRequest, '/assets/PretendardVariable.subset.12-GhIj3456.woff2')).toBe(
      true,
    );
    expect(matches(isFontRequest, '/assets/index-AbCd1234.js')).toBe(false);
    expect(matches(isFontRequest, 'https://fonts.example/assets/a.woff2')).toBe(false);
  });

  it('names the caches the page fills, and falls back to the precached shell', () => {
    expect(RUNTIME_CACHING.map(({ options }) => options?.cacheName)).toEqual([
      OFFLINE_CACHES.pages,
      OFFLINE_CACHES.digests,
      OFFLINE_CACHES.fonts,
    ]);
    expect(RUNTIME_CACHING[0]?.options?.precacheFallback?.fallbackURL).toBe('/404.html');
    expect(PRECACHED_FILES).toContain('404.html');
  });
});
