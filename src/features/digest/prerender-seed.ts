import type { DigestEntry } from '../../digest/types.ts';

/**
 * A page rendered ahead of time (see src/build/prerender.ts) carries the papers its first screen
 * shows. The browser renders its first frame from them, exactly as the page was rendered, so that
 * React can take over the page's HTML instead of drawing it again; the digest itself still loads,
 * and replaces them as soon as its first papers are parsed.
 */
export interface PrerenderSeed {
  /** The path the page was rendered for. */
  path: string;
  /** The papers its first screen shows, in digest order. */
  entries: DigestEntry[];
}

/** The id of the `<script type="application/json">` element that carries the seed. */
export const PRERENDER_SEED_ID = 'prerendered-digest';

/**
 * The seed as JSON that can stand inside a `<script>` element: `<` and `>` are escaped, so no
 * text of the digest can close the element, and so are the line separators older parsers break on.
 */
export function serializeSeed(seed: PrerenderSeed): string {
  return JSON.stringify(seed).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The seed in `text`, or null where it is missing or not one: the page is then drawn anew. */
export function parseSeed(text: string | null | undefined): PrerenderSeed | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { path, entries } = value as Partial<PrerenderSeed>;
  if (typeof path !== 'string' || !Array.isArray(entries) || !entries.every(isEntry)) return null;
  return { path, entries };
}

function isEntry(value: unknown): value is DigestEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<keyof DigestEntry, unknown>;
  const strings = ['id', 'title', 'affiliation', 'abstract', 'commentary', 'translation'] as const;
  const lists = ['authors', 'tags', 'links'] as const;
  return (
    strings.every((key) => typeof entry[key] === 'string') &&
    lists.every(
      (key) => Array.isArray(entry[key]) && entry[key].every((item) => typeof item === 'string'),
    ) &&
    (entry.date === null || typeof entry.date === 'string') &&
    typeof entry.line === 'number'
  );
}

/**
 * The size a page's list is rendered for ahead of time, before any window is known: a tall one, so
 * that the rows of any first screen are in the page. Taking the page over renders the same rows.
 */
export const PRERENDERED_LIST_RECT = { width: 390, height: 1200 } as const;
