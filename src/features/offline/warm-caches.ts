import { OFFLINE_CACHES, PAGE_REQUEST_ACCEPT } from './offline-contract';

/** Web fonts, which the worker keeps as pages load them (see src/build/service-worker.ts). */
const FONT_FILE = /\.(?:woff2?|ttf)$/;

/**
 * What a page loaded before the service worker controlled it, and so what the worker has not
 * kept: the digest files the app ships and the web fonts the page drew with, each once. Other
 * origins are left out (a `?src=` digest belongs to the reader's archive).
 */
export function urlsToWarm({
  digestUrls,
  loadedUrls,
  origin,
}: {
  digestUrls: readonly string[];
  /** Every resource the page loaded, as Resource Timing lists them. */
  loadedUrls: readonly string[];
  origin: string;
}): string[] {
  const urls = new Set<string>();
  for (const url of digestUrls) {
    const resolved = new URL(url, origin);
    if (resolved.origin === origin) urls.add(resolved.href);
  }
  for (const url of loadedUrls) {
    const resolved = new URL(url, origin);
    if (resolved.origin === origin && FONT_FILE.test(resolved.pathname)) urls.add(resolved.href);
  }
  return [...urls];
}

/**
 * The digests kept from earlier builds: each build names its files by their content, so a copy
 * the current build does not ship is one the reader will never be served again.
 */
export function outdatedDigests(
  keptUrls: readonly string[],
  digestUrls: readonly string[],
  origin: string,
): string[] {
  const current = new Set(digestUrls.map((url) => new URL(url, origin).href));
  return keptUrls.filter((url) => !current.has(new URL(url, origin).href));
}

/**
 * Once the worker controls the page, fetches through it what the page loaded before it did (its
 * own HTML, the digests, the fonts), so that after a first visit the site opens offline, cold from
 * the address bar. The page's own request for its HTML asks for it as a page, which the worker
 * files with the pages it serves to navigations.
 */
export async function warmCaches(digestUrls: readonly string[]): Promise<void> {
  await controlled();
  const loadedUrls = performance.getEntriesByType('resource').map((entry) => entry.name);
  const requests = [
    new Request(location.pathname, { headers: { accept: PAGE_REQUEST_ACCEPT } }),
    ...urlsToWarm({ digestUrls, loadedUrls, origin: location.origin }).map(
      (url) => new Request(url),
    ),
  ];
  await Promise.all(
    requests.map(async (request) => {
      try {
        // The worker keeps its own copy of the body; the page needs none.
        await (await fetch(request)).body?.cancel();
      } catch {
        // Offline already, or the host is gone: the worker keeps what it can on the next visit.
      }
    }),
  );
}

/** Removes the digests of earlier builds from the worker's cache, so each digest is kept once. */
export async function removeOutdatedDigests(digestUrls: readonly string[]): Promise<void> {
  const cache = await caches.open(OFFLINE_CACHES.digests);
  const kept = await cache.keys();
  const outdated = new Set(
    outdatedDigests(
      kept.map((request) => request.url),
      digestUrls,
      location.origin,
    ),
  );
  await Promise.all(
    kept.filter((request) => outdated.has(request.url)).map((request) => cache.delete(request)),
  );
}

function controlled(): Promise<void> {
  const { serviceWorker } = navigator;
  if (serviceWorker.controller) return Promise.resolve();
  return new Promise((resolve) =>
    serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }),
  );
}
