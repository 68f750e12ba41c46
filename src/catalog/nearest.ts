import type { DigestEntry } from '../digest/index.ts';

/**
 * Entries whose title is closest to `query` (an unknown id from a link, usually): by the
 * share of character bigrams they have in common, best first. Used to offer likely papers on a
 * "not found" page.
 */
export function nearestEntries(
  entries: readonly DigestEntry[],
  query: string,
  limit = 5,
): DigestEntry[] {
  // The date part of an id is shared by a whole day of papers; only the title part tells them apart.
  const wanted = bigrams(query.replace(/^(\d{4}-\d{2}-\d{2}|undated)-/, ''));
  if (wanted.size === 0) return [];
  return entries
    .map((entry) => ({ entry, score: similarity(wanted, bigrams(entry.title)) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ entry }) => entry);
}

function bigrams(text: string): Set<string> {
  const letters = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const grams = new Set<string>();
  for (let i = 0; i < letters.length - 1; i++) grams.add(letters.slice(i, i + 2));
  return grams;
}

function similarity(wanted: Set<string>, candidate: Set<string>): number {
  let shared = 0;
  for (const gram of wanted) if (candidate.has(gram)) shared++;
  return (2 * shared) / (wanted.size + candidate.size);
}
