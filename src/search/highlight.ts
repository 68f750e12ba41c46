import type { DigestEntry } from '../digest';
import {
  AUTHOR_SEPARATOR,
  AUTHORS_PART,
  FIELD_PARTS,
  PARTS,
  TAG_MARK,
  TAG_SEPARATOR,
  isWholeNameAt,
  partTexts,
  type Part,
} from './fields';
import { normalizeWithOffsets } from './normalize';
import { parseQuery, type Query, type QueryTerm } from './query';

/** `[start, end)` in UTF-16 code units of the original text, as `slice` takes them. */
export type Range = readonly [start: number, end: number];

/** Where the query's kept terms occur in an entry, in each field's text as written. */
export interface Highlights {
  title: Range[];
  /** One list per author name. */
  authors: Range[][];
  affiliation: Range[];
  abstract: Range[];
  commentary: Range[];
  translation: Range[];
  /** One list per tag, in the tag as written (without `#`). */
  tags: Range[][];
}

/**
 * The ranges to mark in an entry for a query: every occurrence of every kept term in the fields
 * it applies to, overlapping and touching ranges merged, sorted. Excluded terms mark nothing.
 *
 * Ranges are found in the normalised text and mapped back through `normalizeWithOffsets`, so they
 * are exact on the original even where normalisation changes lengths (decomposed Hangul pasted
 * from macOS, İ). A match that covers only part of such a character marks the whole character.
 * Authors and tags are matched as the search reads them, joined (`Kim, Lee`, `#llm #rl`), then
 * cut per name or tag, so a match across two names marks its piece in each.
 *
 * Meant for the entries on screen: it normalises the entry again, which costs more than searching
 * costs per entry.
 */
export function highlights(entry: DigestEntry, query: Query | string): Highlights {
  const { terms } = typeof query === 'string' ? parseQuery(query) : query;
  const kept = terms.filter((term) => !term.exclude);
  const texts = partTexts(entry);
  const ranges = (part: Part): Range[] => {
    const p = PARTS.indexOf(part);
    const applicable = kept.filter((term) => appliesTo(term, p));
    return applicable.length === 0 ? [] : occurrences(texts[p] ?? '', applicable);
  };
  return {
    title: ranges('title'),
    authors: split(ranges('authors'), entry.authors, 0, AUTHOR_SEPARATOR.length),
    affiliation: ranges('affiliation'),
    abstract: ranges('abstract'),
    commentary: ranges('commentary'),
    translation: ranges('translation'),
    tags: split(ranges('tags'), entry.tags, TAG_MARK.length, TAG_SEPARATOR.length),
  };
}

function appliesTo(term: QueryTerm, part: number): boolean {
  if (term.wholeName) return part === AUTHORS_PART;
  if (term.field === null) return true;
  const [first, last] = FIELD_PARTS[term.field];
  return part >= first && part <= last;
}

function occurrences(text: string, terms: readonly QueryTerm[]): Range[] {
  const normalized = normalizeWithOffsets(text);
  const found: Array<[number, number]> = [];
  for (const { text: needle, wholeName } of terms) {
    for (let at = normalized.text.indexOf(needle); at !== -1;) {
      if (!wholeName || isWholeNameAt(normalized.text, at, needle.length)) {
        found.push([
          normalized.starts[at] ?? 0,
          normalized.ends[at + needle.length - 1] ?? text.length,
        ]);
      }
      at = normalized.text.indexOf(needle, at + 1);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of found) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  return merged;
}

/**
 * Cuts ranges over joined items into ranges per item: each item is written `lead` units into its
 * slot (after the `#` of a tag), and `gap` units separate an item from the next slot.
 */
function split(
  ranges: readonly Range[],
  items: readonly string[],
  lead: number,
  gap: number,
): Range[][] {
  let start = 0;
  return items.map((item) => {
    const from = start + lead;
    const to = from + item.length;
    start = to + gap;
    const inside: Range[] = [];
    for (const [a, b] of ranges) {
      if (b > from && a < to) inside.push([Math.max(a, from) - from, Math.min(b, to) - from]);
    }
    return inside;
  });
}
