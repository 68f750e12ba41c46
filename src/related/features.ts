import { tagKey } from '../catalog/index.ts';

/** What the related-papers index reads of an entry. */
export interface RelatableEntry {
  id: string;
  title: string;
  authors: readonly string[];
  abstract: string;
  commentary: string;
  tags: readonly string[];
}

/**
 * The kinds of evidence two papers can share. Each is compared on its own (a cosine per field) and
 * the cosines are weighed together, so that a long abstract cannot drown a shared author.
 */
export const FIELDS = ['words', 'hangul', 'authors', 'tags'] as const;
export type Field = (typeof FIELDS)[number];
export const WORDS = 0;
export const HANGUL = 1;
export const AUTHORS = 2;
export const TAGS = 3;

/** Receives each term of an entry, once per occurrence. */
export interface TermSink {
  /** An English word, `text.slice(start, end)` in lower case (see `wordTerm`), and its weight. */
  word(text: string, start: number, end: number, weight: number): void;
  /** A pair of Hangul syllables, as a number (see `hangulPair`). */
  pair(pair: number): void;
  /** An author's name key (see `nameKey`), or a tag's key. */
  name(field: typeof AUTHORS | typeof TAGS, key: string): void;
}

/**
 * How much a word counts by where it is: a title names the topic; the commentary is the editor's
 * own choice of the few English terms that matter (`scaling law`, `modality`), and weighing them
 * double raised both measures of `npm run bench:related`.
 */
const TITLE_WEIGHT = 2;
const ABSTRACT_WEIGHT = 1;
const COMMENTARY_WEIGHT = 2;

const FIRST_SYLLABLE = 0xac00;
const LAST_SYLLABLE = 0xd7a3;
const SYLLABLES = LAST_SYLLABLE - FIRST_SYLLABLE + 1;
/** Inline TeX commands (`\times`, `\mathcal`) are markup, not words of the paper. */
const TEX_COMMAND = /\\[a-z]+/g;
/** Links in a commentary (a post, a repository) would match on `https`, `github`, `status`. */
const URL = /https?:\/\/\S+/g;
const OTHER_SPACE = /[^\S ]/;

/**
 * English function words and the words every abstract uses. They would only add noise and,
 * being in most papers, long lists to walk through.
 */
const STOPWORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before ' +
    'being below between both but by can could did do does doing down during each few for from ' +
    'further had has have having he her here hers him his how i if in into is it its itself just ' +
    'me more most my no nor not now of off on once only or other our ours out over own same she ' +
    'should so some such than that the their theirs them then there these they this those through ' +
    'to too under until up very was we were what when where which while who whom why will with ' +
    'would you your et al via using use used based show shows shown propose proposed paper ' +
    'approach method methods results result work new significantly however well while thus ' +
    'across two one first many much may might must within without yet able achieve achieves ' +
    'existing further demonstrate demonstrates present introduce novel recent recently'
  ).split(' '),
);

const isLetter = (code: number) => code >= 0x61 && code <= 0x7a;
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
const isSyllable = (code: number) => code >= FIRST_SYLLABLE && code <= LAST_SYLLABLE;

/** A crude English stem: plural and third-person `s` off, so that `models` meets `model`. */
export function stem(word: string): string {
  const length = word.length;
  if (length <= 3 || word.charCodeAt(length - 1) !== 0x73) return word;
  if (length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  const before = word.charCodeAt(length - 2);
  // `class`, `focus`, `analysis` are not plurals.
  if (before === 0x73 || before === 0x75 || before === 0x69) return word;
  return word.slice(0, -1);
}

/** The term a lower-cased English word stands for, or null for a word that says nothing. */
export function wordTerm(word: string): string | null {
  return STOPWORDS.has(word) ? null : stem(word);
}

/** Each English word of lower-cased `text`: a letter, then letters and digits. */
function scanWords(text: string, weight: number, sink: TermSink): void {
  const length = text.length;
  for (let i = 0; i < length; i++) {
    if (!isLetter(text.charCodeAt(i))) continue;
    let end = i + 1;
    while (end < length) {
      const code = text.charCodeAt(end);
      if (!isLetter(code) && !isDigit(code)) break;
      end++;
    }
    if (end - i >= 2) sink.word(text, i, end, weight);
    i = end;
  }
}

/**
 * Korean glues particles and endings to its words (`모델을`, `모델이`, `모델에서`), so whole words
 * seldom match; pairs of syllables do (`모델` is in all three) and need no dictionary. Measured
 * on the commentaries alone, pairs found related papers better than whitespace words and than
 * triples of syllables (`npm run bench:related`).
 */
function scanHangul(text: string, sink: TermSink): void {
  let previous = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isSyllable(code)) {
      previous = -1;
      continue;
    }
    if (previous >= 0) sink.pair(previous * SYLLABLES + (code - FIRST_SYLLABLE));
    previous = code - FIRST_SYLLABLE;
  }
}

/** The two syllables a Hangul term stands for. */
export function hangulPair(term: number): string {
  const first = Math.floor(term / SYLLABLES);
  return String.fromCharCode(FIRST_SYLLABLE + first, FIRST_SYLLABLE + (term - first * SYLLABLES));
}

/** The key two spellings of a name share: NFC, lower case, single spaces. */
export function nameKey(name: string): string {
  const key = name.normalize('NFC').toLowerCase().trim();
  return key.includes('  ') || OTHER_SPACE.test(key) ? key.replace(/\s+/g, ' ') : key;
}

/** Every term of an entry, once per occurrence, weighed by where it occurs. */
export function scanEntry(entry: RelatableEntry, sink: TermSink): void {
  const title = entry.title.normalize('NFC').toLowerCase();
  const commentary = entry.commentary.normalize('NFC').toLowerCase().replace(URL, ' ');
  scanWords(title.replace(TEX_COMMAND, ' '), TITLE_WEIGHT, sink);
  scanWords(
    entry.abstract.normalize('NFC').toLowerCase().replace(TEX_COMMAND, ' '),
    ABSTRACT_WEIGHT,
    sink,
  );
  scanWords(commentary, COMMENTARY_WEIGHT, sink);
  scanHangul(title, sink);
  scanHangul(commentary, sink);
  for (const author of entry.authors) {
    const key = nameKey(author);
    if (key) sink.name(AUTHORS, key);
  }
  for (const tag of entry.tags) sink.name(TAGS, tagKey(tag));
}
