/**
 * Every digest file in data/, each a hashed asset URL (`no-inline` keeps even a small one a
 * separate file rather than a data: URL in the bundle). File names sort oldest first, e.g.
 * `2024-02.txt`, `2024-03.txt`; a single `digest.txt` works too.
 */
const files = import.meta.glob<string>('@data/*.txt', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
});

export interface DigestSource {
  /** Unique among the sources of a digest; names it in the query key and in warnings. */
  name: string;
  url: string;
  /**
   * One of the app's own files in data/. An empty one is a month with no papers yet; a reader's
   * empty file is refused.
   */
  shipped?: boolean;
  /**
   * Reads the source; `fetch(url)` when omitted. A Blob (a text the reader's archive holds) is
   * read by the parser's worker itself.
   */
  open?: (signal: AbortSignal) => Promise<Response | Blob>;
  /** Names the source to the reader, e.g. in a conflict between two copies; `name` when omitted. */
  label?: string;
  /**
   * When its text last changed (ms since the epoch): of two copies of a paper, the later source's
   * is listed. Omitted, the response's Last-Modified says.
   */
  changedAt?: number;
}

export const DIGEST_SOURCES: readonly DigestSource[] = Object.entries(files)
  .map(([path, url]) => ({ name: path.slice(path.lastIndexOf('/') + 1), url, shipped: true }))
  .sort((a, b) => a.name.localeCompare(b.name));
