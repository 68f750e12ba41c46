/**
 * What the service worker, which the build writes (src/build/service-worker.ts), and the page
 * that registers it and fills its caches (register-service-worker.ts, warm-caches.ts) agree on.
 */

/** The worker's script, at the site's root so that it controls every page. */
export const SERVICE_WORKER_FILE = 'sw.js';

/** The worker's runtime caches. */
export const OFFLINE_CACHES = {
  /** Pages as the host served them (prerendered, or the app shell), network first. */
  pages: 'pages',
  /** The digest files, named by their content, so a copy never goes stale. */
  digests: 'digests',
  /** Web font slices that are not precached (Pretendard's), as pages needed them. */
  fonts: 'fonts',
} as const;

/**
 * How the page asks for a page's HTML outside a navigation (to keep the page it was first opened
 * on), so that the worker files the answer with the pages.
 */
export const PAGE_REQUEST_ACCEPT = 'text/html';
