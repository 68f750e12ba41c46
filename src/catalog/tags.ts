import type { DigestEntry } from '../digest';

export interface TagCount {
  /** Lower-cased key: tags that differ only in case are one tag. */
  key: string;
  /** The most common spelling (ties: the first seen). */
  label: string;
  count: number;
}

/** The key under which a tag is counted and linked, whatever its case. */
export function tagKey(tag: string): string {
  return tag.normalize('NFC').toLowerCase();
}

/**
 * Every tag with the number of entries that carry it, most used first (ties alphabetical). An
 * entry that repeats a tag counts once for it.
 */
export function countTags(entries: readonly DigestEntry[]): TagCount[] {
  const byKey = new Map<string, { count: number; spellings: Map<string, number> }>();
  for (const entry of entries) {
    const seen = new Set<string>();
    for (const tag of entry.tags) {
      const key = tagKey(tag);
      let slot = byKey.get(key);
      if (!slot) {
        slot = { count: 0, spellings: new Map() };
        byKey.set(key, slot);
      }
      slot.spellings.set(tag, (slot.spellings.get(tag) ?? 0) + 1);
      if (!seen.has(key)) {
        seen.add(key);
        slot.count++;
      }
    }
  }
  const tags: TagCount[] = [];
  for (const [key, { count, spellings }] of byKey) {
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
  return tags.sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

export type TagOrder = 'count' | 'name';

export function sortTags(tags: readonly TagCount[], order: TagOrder): TagCount[] {
  if (order === 'count') return [...tags];
  return [...tags].sort((a, b) => a.label.localeCompare(b.label, 'ko'));
}

/** Entries that carry the tag, in any case. */
export function entriesWithTag(entries: readonly DigestEntry[], key: string): DigestEntry[] {
  return entries.filter((entry) => entry.tags.some((tag) => tagKey(tag) === key));
}
