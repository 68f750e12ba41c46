import type { DigestEntry } from '../digest/index.ts';
import { normalizeText } from '../search/normalize.ts';
import { newestFirst } from './newest-first.ts';

/** Keys already made: an archive names the same few thousand people over and over. */
const keys = new Map<string, string>();
const KEYS_KEPT = 50_000;

/**
 * The key under which an author's papers are gathered: the name as search compares it (any case,
 * any accents, spacing collapsed, trimmed), so that `author:"<name>"` finds exactly their
 * papers. Nothing else is merged: `J. Smith` and `John Smith` may be two people.
 */
export function authorKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    if (keys.size >= KEYS_KEPT) keys.clear();
    key = normalizeText(name).trim();
    keys.set(name, key);
  }
  return key;
}

/** A name as it is shown: as written, with its spacing tidied. */
function displayName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

export interface Coauthor {
  key: string;
  /** The spelling their shared papers use most (ties: the newest). */
  name: string;
  /** How many of the author's papers they share. */
  count: number;
}

export interface AuthorPapers {
  key: string;
  /** The spelling the author's papers use most (ties: the newest); as asked for if none. */
  name: string;
  /** Every paper that lists the author, newest first (undated ones last). */
  papers: DigestEntry[];
  /** The people who most often wrote with the author, most papers first, then by name. */
  coauthors: Coauthor[];
}

/** Counts spellings per key, remembering the first seen, to name each key its usual way. */
class Spellings {
  private readonly byKey = new Map<string, Map<string, number>>();

  add(key: string, name: string): void {
    const spellings = this.byKey.get(key) ?? new Map<string, number>();
    const shown = displayName(name);
    spellings.set(shown, (spellings.get(shown) ?? 0) + 1);
    this.byKey.set(key, spellings);
  }

  usual(key: string): string | undefined {
    let best: [name: string, count: number] | undefined;
    for (const spelling of this.byKey.get(key) ?? []) {
      if (!best || spelling[1] > best[1]) best = spelling;
    }
    return best?.[0];
  }
}

/**
 * The papers of the author named `name` among `entries`, and the `coauthorLimit` people they most
 * often wrote with. An entry that lists a name twice counts once for it.
 */
export function authorPapers(
  entries: readonly DigestEntry[],
  name: string,
  coauthorLimit = 10,
): AuthorPapers {
  const key = authorKey(name);
  const papers =
    key === ''
      ? []
      : entries
          .filter((entry) => entry.authors.some((author) => authorKey(author) === key))
          .sort(newestFirst);

  const spellings = new Spellings();
  const counts = new Map<string, number>();
  for (const paper of papers) {
    const seen = new Set<string>();
    for (const author of paper.authors) {
      const other = authorKey(author);
      spellings.add(other, author);
      if (other === key || other === '' || seen.has(other)) continue;
      seen.add(other);
      counts.set(other, (counts.get(other) ?? 0) + 1);
    }
  }
  const coauthors = [...counts]
    .map(([other, count]) => ({ key: other, name: spellings.usual(other) ?? other, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, coauthorLimit);
  return { key, name: spellings.usual(key) ?? displayName(name), papers, coauthors };
}
