import type { PluginOption } from 'vite';
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa';
import { OFFLINE_CACHES, SERVICE_WORKER_FILE } from '../features/offline/offline-contract.ts';

type RuntimeCaching = NonNullable<NonNullable<VitePWAOptions['workbox']>['runtimeCaching']>;
type RouteMatcher = Extract<RuntimeCaching[number]['urlPattern'], (...args: never[]) => unknown>;

/**
 * What the worker installs with, from the built site: the app shell (`404.html`, the app with no
 * page in it, which renders any route from the digest), every script and stylesheet, the icons
 * and the manifest, and KaTeX's fonts so that math renders offline (woff2 only: every browser
 * with service workers reads it).
 *
 * Left out on purpose: the digests, which are large and kept as the reader opens them; the pages
 * rendered ahead of time (`index.html` too), thousands of them, kept as they are visited; the
 * feeds, and the `.gz`/`.br` copies, which the host sends in place of their originals.
 */
export const PRECACHED_FILES = [
  'assets/*.{js,css}',
  'assets/KaTeX_*.woff2',
  '404.html',
  'manifest.webmanifest',
  '*.{png,svg,ico}',
];

/** The precached page that answers a navigation with no network and no copy of its own. */
export const OFFLINE_SHELL = '/404.html';

/** How long a navigation waits for the host before a kept copy of the page is shown instead. */
export const PAGE_NETWORK_TIMEOUT_SECONDS = 4;

// The matchers below are written into the worker as their source text (workbox-build), so each
// stands alone: no names from this module inside them.

/** Navigations, and the page's own request for the page it first opened (see warm-caches.ts). */
export const isPageRequest: RouteMatcher = ({ request, sameOrigin }) =>
  request.mode === 'navigate' || (sameOrigin && request.headers.get('accept') === 'text/html');

/** The digest files, which the build names by their content. */
export const isDigestRequest: RouteMatcher = ({ url, sameOrigin }) =>
  sameOrigin && /^\/assets\/[^/]+\.txt$/.test(url.pathname);

/** The site's web fonts; KaTeX's woff2 are precached and answered before this is asked. */
export const isFontRequest: RouteMatcher = ({ url, sameOrigin }) =>
  sameOrigin && /^\/assets\/[^/]+\.(?:woff2?|ttf)$/.test(url.pathname);

const YEAR_SECONDS = 365 * 24 * 60 * 60;

export const RUNTIME_CACHING: RuntimeCaching = [
  {
    // The host's page when it answers in time, so a redeployed page is never stale online; else
    // the copy kept from the last visit, served as it is; else the app shell.
    urlPattern: isPageRequest,
    handler: 'NetworkFirst',
    options: {
      cacheName: OFFLINE_CACHES.pages,
      networkTimeoutSeconds: PAGE_NETWORK_TIMEOUT_SECONDS,
      cacheableResponse: { statuses: [200] },
      expiration: { maxEntries: 200 },
      precacheFallback: { fallbackURL: OFFLINE_SHELL },
    },
  },
  {
    // A digest's name changes with its content, so a kept copy is always right. Copies that the
    // current build no longer ships are removed by the page (warm-caches.ts), not by age: an
    // offline reader must not lose the digest they read.
    urlPattern: isDigestRequest,
    handler: 'CacheFirst',
    options: { cacheName: OFFLINE_CACHES.digests, cacheableResponse: { statuses: [200] } },
  },
  {
    // Pretendard comes in about a hundred slices, of which a page loads those its text needs.
    urlPattern: isFontRequest,
    handler: 'CacheFirst',
    options: {
      cacheName: OFFLINE_CACHES.fonts,
      cacheableResponse: { statuses: [200] },
      expiration: { maxEntries: 150, maxAgeSeconds: YEAR_SECONDS },
    },
  },
];

export const SERVICE_WORKER_OPTIONS: Partial<VitePWAOptions> = {
  strategies: 'generateSW',
  filename: SERVICE_WORKER_FILE,
  // A new deployment waits until the reader chooses to reload (src/features/offline): a worker
  // that took over at once would replace the precached chunks that the open page still loads.
  registerType: 'prompt',
  // Registered from a lazy chunk once the app is up: the first download has no room for it.
  injectRegister: false,
  // public/manifest.webmanifest is the manifest, linked from index.html.
  manifest: false,
  // After every other plugin has written its files: the prerendered pages rewrite index.html.
  integration: { closeBundleOrder: 'post' },
  workbox: {
    globPatterns: PRECACHED_FILES,
    // Navigations are answered by the pages cache, with the shell as its fallback.
    navigateFallback: null,
    // The first worker takes over the page that installed it, which then fills its caches.
    // Later workers wait for the reader's reload.
    clientsClaim: true,
    // One file, which hosts must serve uncached (see the `_headers` of content-security-policy.ts).
    inlineWorkboxRuntime: true,
    runtimeCaching: RUNTIME_CACHING,
  },
};

/** The service worker (`/sw.js`): the app installable, and readable offline after one visit. */
export function serviceWorker(): PluginOption {
  return VitePWA(SERVICE_WORKER_OPTIONS);
}
