import type { DigestEntry } from './types';

const MAX_SLUG = 80;

/**
 * A readable id from date and title slug (`2024-03-08-yi-open-foundation-models-by-01-ai`). A
 * second paper with the same date and title is told apart by a short hash of its own content
 * rather than by a counter, so no id moves when other entries are added or removed. `taken` holds
 * the ids given so far and is updated.
 */
export function entryId(
  entry: Pick<DigestEntry, 'date' | 'authors' | 'abstract' | 'commentary'> & { slug: string },
  taken: Set<string>,
): string {
  const base = `${entry.date ?? 'undated'}-${entry.slug || 'untitled'}`;
  let id = base;
  if (taken.has(id)) {
    id = `${base}-${hash(`${entry.authors.join(',')}\n${entry.abstract}\n${entry.commentary}`)}`;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  }
  taken.add(id);
  return id;
}

/** Lower-case letters and digits of any script (Korean kept), joined by single dashes. */
export function slugify(title: string): string {
  return slugOf(title, 0, title.length);
}

/** `slugify` of `text.slice(from, to)`, reading ASCII text in place. */
export function slugOf(text: string, from: number, to: number): string {
  const end = Math.min(to, from + MAX_SLUG * 2);
  // ASCII titles, the usual case, take a quicker path than Unicode property classes.
  const slug =
    asciiSlug(text, from, end) ??
    text
      .slice(from, end)
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG);
  const lastDash = cut.lastIndexOf('-');
  return lastDash > MAX_SLUG / 2 ? cut.slice(0, lastDash) : cut;
}

/**
 * Runs of ASCII letters and digits joined by dashes, or null at the first character beyond
 * ASCII; a few slices beat a global regex replace.
 */
function asciiSlug(text: string, from: number, to: number): string | null {
  let slug = '';
  let start = -1;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : 0;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) {
      if (start < 0) start = i;
      continue;
    }
    if (c > 0x7f) return null;
    if (start >= 0) {
      const word = text.slice(start, i);
      slug = slug === '' ? word : `${slug}-${word}`;
      start = -1;
    }
  }
  return slug.toLowerCase();
}

/** FNV-1a, 32 bits, as 6 hex digits: short and stable across runs and platforms. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0').slice(0, 6);
}
