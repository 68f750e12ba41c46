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
  // One map lookup per tag, by its spelling: a spelling knows its key's slot, so an archive's tens
  // of thousands of tags cost a few hundred key computations. `entry` is the last entry counted.
  const keySlots = new Map<string, { count: number; entry: number }>();
  const spellings = new Map<
    string,
    { uses: number; key: string; slot: { count: number; entry: number } }
  >();
  for (let entry = 0; entry < entries.length; entry++) {
    for (const tag of (entries[entry] as DigestEntry).tags) {
      let spelling = spellings.get(tag);
      if (!spelling) {
        const key = tagKey(tag);
        let slot = keySlots.get(key);
        if (!slot) {
          slot = { count: 0, entry: -1 };
          keySlots.set(key, slot);
        }
        spelling = { uses: 0, key, slot };
        spellings.set(tag, spelling);
      }
      spelling.uses++;
      if (spelling.slot.entry !== entry) {
        spelling.slot.entry = entry;
        spelling.slot.count++;
      }
    }
  }
  // The most used spelling of each key labels it; on a tie, the first seen.
  const labels = new Map<string, { label: string; uses: number }>();
  for (const [tag, { uses, key }] of spellings) {
    const best = labels.get(key);
    if (!best || uses > best.uses) labels.set(key, { label: tag, uses });
  }
  const tags: TagCount[] = [];
  for (const [key, { count }] of keySlots) {
    tags.push({ key, label: labels.get(key)?.label ?? key, count });
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
