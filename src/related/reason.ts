import { tagKey } from '../catalog/index.ts';
import { HANGUL, nameKey, stem, WORDS, type RelatableEntry } from './features.ts';

/** Why two papers are related, in words a reader recognises from the papers themselves. */
export interface Reason {
  /** Tags both carry, as the open paper writes them. */
  tags: string[];
  /** Authors both list, as the open paper writes them. */
  authors: string[];
  /** The most telling words both use, as the open paper writes them; Korean as the shared stem. */
  words: string[];
}

/** A term two papers share. */
export interface SharedTerm {
  /** See `FIELDS`. */
  field: number;
  /** The term: a stemmed word, a pair of syllables, a name or tag key. */
  text: string;
  /** How telling it is, to order terms by. */
  weight: number;
  /** Whether few enough papers have it for it to tell a topic, and so to be named. */
  telling: boolean;
}

/** Words named in a reason: enough to recognise the topic, few enough to read at a glance. */
const REASON_WORDS = 3;

const WORD_IN_TEXT = /[A-Za-z][A-Za-z0-9]*/g;
const HANGUL_RUN = /[\uac00-\ud7a3]+/g;

/** What `entry` and `other` share; `shared` are their common terms, most telling first. */
export function sharedReason(
  entry: RelatableEntry,
  other: RelatableEntry,
  shared: readonly SharedTerm[],
): Reason {
  const otherTags = new Set(other.tags.map(tagKey));
  const otherAuthors = new Set(other.authors.map(nameKey));
  return {
    tags: distinct(
      entry.tags.filter((tag) => otherTags.has(tagKey(tag))),
      tagKey,
    ),
    authors: distinct(
      entry.authors.filter((author) => otherAuthors.has(nameKey(author))),
      nameKey,
    ),
    words: namedWords(entry, other, shared),
  };
}

/** Papers that share only common words are named by them all the same, rather than by nothing. */
function namedWords(
  entry: RelatableEntry,
  other: RelatableEntry,
  shared: readonly SharedTerm[],
): string[] {
  const words = sharedWords(entry, other, shared);
  if (words.length > 0) return words;
  return sharedWords(
    entry,
    other,
    shared.map((term) => ({ ...term, telling: true })),
  );
}

function distinct(values: readonly string[], key: (value: string) => string): string[] {
  const seen = new Map<string, string>();
  for (const value of values) if (!seen.has(key(value))) seen.set(key(value), value);
  return [...seen.values()];
}

/**
 * Particles and the plural `들` that Korean glues to a noun, longest first: a stem is named
 * without them (`토크나이저` out of `토크나이저를`), as long as two syllables are left.
 */
const PARTICLES = [
  '에서는',
  '에서',
  '으로',
  '에게',
  '까지',
  '부터',
  '처럼',
  '보다',
  '에는',
  '에도',
  '이나',
  '들이',
  '들을',
  '들은',
  '들의',
  '의',
  '을',
  '를',
  '은',
  '는',
  '이',
  '가',
  '에',
  '로',
  '와',
  '과',
  '도',
  '만',
  '들',
];

/** How much more a shared word counts in a reason when a title has it: titles name topics. */
const TITLE_BOOST = 3;

/**
 * The shared words to name, most telling first. An English term is shown as the open paper first
 * writes it. Korean terms are pairs of syllables, which alone can read as nonsense (`델을`); the
 * reason names instead the start of a Korean word whose pairs both papers have, less any particle,
 * which is the stem both papers write (`강화학습` out of `강화학습을` and `강화학습은`).
 */
function sharedWords(
  entry: RelatableEntry,
  other: RelatableEntry,
  shared: readonly SharedTerm[],
): string[] {
  const titles = `${entry.title} ${other.title}`.normalize('NFC').toLowerCase();
  const inTitle = (text: string) => (titles.includes(text) ? TITLE_BOOST : 1);
  const pairs = new Map<string, SharedTerm>();
  for (const term of shared) if (term.field === HANGUL) pairs.set(term.text, term);
  const surfaces = englishSurfaces(entry);
  const candidates: { text: string; weight: number }[] = [];
  for (const { field, text, weight, telling } of shared) {
    const surface = field === WORDS && telling ? surfaces.get(text) : undefined;
    if (surface) candidates.push({ text: surface, weight: weight * inTitle(text) });
  }
  for (const [text, weight] of hangulStems(entry, pairs)) {
    candidates.push({ text, weight: weight * inTitle(text) });
  }
  candidates.sort((a, b) => b.weight - a.weight);
  const words: string[] = [];
  for (const { text } of candidates) {
    const key = text.toLowerCase();
    if (
      words.some((word) => word.toLowerCase().includes(key) || key.includes(word.toLowerCase()))
    ) {
      continue;
    }
    words.push(text);
    if (words.length === REASON_WORDS) break;
  }
  return words;
}

/** Each English term (as the index stems it) with the first way the paper writes it. */
function englishSurfaces(entry: RelatableEntry): Map<string, string> {
  const surfaces = new Map<string, string>();
  for (const text of [entry.title, entry.abstract, entry.commentary]) {
    for (const [word] of text.normalize('NFC').matchAll(WORD_IN_TEXT)) {
      const lower = word.toLowerCase();
      for (const term of [lower, stem(lower)]) if (!surfaces.has(term)) surfaces.set(term, word);
    }
  }
  return surfaces;
}

/**
 * The Korean stems both papers write: of each Korean word in the open paper, the longest start
 * whose every pair of syllables both papers have, less a particle, if two syllables are left and
 * its first pair is telling (a stem is known by how it starts: `흥미롭네요` by the common `흥미`).
 * Each is weighed by its first pair.
 */
function hangulStems(
  entry: RelatableEntry,
  pairs: ReadonlyMap<string, SharedTerm>,
): Map<string, number> {
  const stems = new Map<string, number>();
  if (pairs.size === 0) return stems;
  const text = `${entry.title}\n${entry.commentary}`.normalize('NFC');
  for (const [word] of text.matchAll(HANGUL_RUN)) {
    const first = pairs.get(word.slice(0, 2));
    if (!first?.telling) continue;
    let end = 2;
    while (end < word.length && pairs.has(word.slice(end - 1, end + 1))) end++;
    const stem = withoutParticle(word.slice(0, end));
    if (stem.length >= 2) stems.set(stem, Math.max(stems.get(stem) ?? 0, first.weight));
  }
  return stems;
}

function withoutParticle(word: string): string {
  for (const particle of PARTICLES) {
    if (word.endsWith(particle) && word.length - particle.length >= 2) {
      return word.slice(0, -particle.length);
    }
  }
  return word;
}
