import type { DigestEntry } from './types.ts';

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

/** Room for a slug of ASCII words cut at `MAX_SLUG * 2` characters, with a dash between each. */
const asciiSlugBuffer = new Uint8Array(MAX_SLUG * 2);
/** ASCII bytes read the same in every label; decoding makes the whole slug in one native call. */
const asciiDecoder = new TextDecoder('latin1');

/**
 * Runs of ASCII letters and digits, lower-cased and joined by dashes, or null at the first
 * character beyond ASCII. The slug is written to a buffer and made a string once: building it word
 * by word made a dozen short-lived strings per title, the parser's largest source of garbage.
 */
function asciiSlug(text: string, from: number, to: number): string | null {
  const buffer = asciiSlugBuffer;
  let length = 0;
  let gap = false;
  for (let i = from; i < to; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      if (gap && length > 0) buffer[length++] = 0x2d;
      gap = false;
      buffer[length++] = c;
    } else if (c > 0x7f) {
      return null;
    } else {
      gap = true;
    }
  }
  return asciiDecoder.decode(buffer.subarray(0, length));
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
