import { afterEach, beforeAll, beforeEach, vi } from 'vitest';

/**
 * Sets up the whole app in jsdom for the tests of one file: every fetch answers `digestText`, the
 * page starts at `/` with an empty library, and the virtual list gets a viewport and row heights,
 * which jsdom does not lay out.
 */
export function serveAppDigest(digestText: string): void {
  // The detail pane is loaded lazily, and the first load (with the Markdown renderer) can take
  // longer than a query waits; the app preloads it when idle, and so do these tests, once.
  beforeAll(async () => {
    await import('../../src/features/paper-detail/components/paper-detail');
  });

  beforeEach(() => {
    localStorage.clear();
    // The app routes on the real URL, which a previous test may have moved.
    window.history.replaceState(null, '', '/');
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(digestText))),
    );
    vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(800);
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(100);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });
}
