import type { DigestEntry } from '../digest';

export interface TagCount {
  /** Lower-cased key: tags that differ only in case are one tag. */
  key: string;
  /** The most common spelling (ties: the first seen). */
  label: string;
  count: number;
}

/** Keys already made: an archive repeats a few hundred tags over and over. */
const keys = new Map<string, string>();
const KEYS_KEPT = 10_000;
const byKey = new Intl.Collator().compare;
const byKoreanLabel = new Intl.Collator('ko').compare;

/** The key under which a tag is counted and linked, whatever its case. */
export function tagKey(tag: string): string {
  let key = keys.get(tag);
  if (key === undefined) {
    if (keys.size >= KEYS_KEPT) keys.clear();
    key = tag.normalize('NFC').toLowerCase();
    keys.set(tag, key);
  }
  return key;
}

/**
 * Every tag with the number of entries that carry it, most used first (ties alphabetical). An
 * entry that repeats a tag counts once for it.
 */
export function countTags(entries: readonly DigestEntry[]): TagCount[] {
  // `entry`: the last entry counted, so that an entry repeating a tag counts once.
  const slots = new Map<string, { count: number; entry: number; spellings: Map<string, number> }>();
  entries.forEach(({ tags }, entry) => {
    for (const tag of tags) {
      const key = tagKey(tag);
      let slot = slots.get(key);
      if (!slot) {
        slot = { count: 0, entry: -1, spellings: new Map() };
        slots.set(key, slot);
      }
      slot.spellings.set(tag, (slot.spellings.get(tag) ?? 0) + 1);
      if (slot.entry !== entry) {
        slot.entry = entry;
        slot.count++;
      }
    }
  });
  const tags: TagCount[] = [];
  for (const [key, { count, spellings }] of slots) {
    let label = key;
    let best = 0;
    for (const [spelling, uses] of spellings) {
      if (uses > best) {
        best = uses;
        label = spelling;
      }
    }
    tags.push({ key, label, count });
  }
  return tags.sort((a, b) => b.count - a.count || byKey(a.key, b.key));
}

export type TagOrder = 'count' | 'name';

export function sortTags(tags: readonly TagCount[], order: TagOrder): TagCount[] {
  if (order === 'count') return [...tags];
  return [...tags].sort((a, b) => byKoreanLabel(a.label, b.label));
}

/** Entries that carry the tag, in any case. */
export function entriesWithTag(entries: readonly DigestEntry[], key: string): DigestEntry[] {
  return entries.filter((entry) => entry.tags.some((tag) => tagKey(tag) === key));
}
