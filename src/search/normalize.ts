/**
 * Text normalisation shared by the index, the query parser and highlighting, so that a query
 * matches however its text or the digest's text was typed or pasted.
 */

const WHITESPACE_RUN = /\s+/g;
// Whitespace other than the space, as `\s` has it. Most text has only single spaces: telling so
// with `includes` and this class is much cheaper than running the replace, or `/\s\s|[^\S ]/`.
const OTHER_WHITESPACE = /[\t-\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;
const MARK = /^\p{M}/u;
const WHITESPACE = /^\s/;
// Latin and Greek letters, which may carry accents, and the combining accents themselves.
const ACCENTABLE = /[\u00c0-\u03ff\u1e00-\u1fff]/;
const ACCENTABLE_RUN = /[\u00c0-\u03ff\u1e00-\u1fff]+/g;
const ACCENT = /[\u0300-\u036f]/g;

/**
 * The form in which text is searched: NFC (macOS pastes decomposed Hangul), lower case, Latin and
 * Greek letters without their accents (`José` is found as `jose`, as names are often typed),
 * runs of whitespace as one space (not trimmed). Everything else is kept as is.
 *
 * Final sigma is folded to σ: lower-casing maps Σ to ς or σ depending on the letters around it,
 * and a context-free mapping is what lets {@link normalizeWithOffsets} work piece by piece.
 */
export function normalizeText(text: string): string {
  let out = text.normalize('NFC').toLowerCase();
  if (out.includes('ς')) out = out.replaceAll('ς', 'σ');
  if (ACCENTABLE.test(out)) {
    const stripped = out.replace(ACCENTABLE_RUN, withoutAccents);
    // An accent gone may let the letters around it compose (하, ̈, ᆫ becomes 한): once more NFC,
    // or a second normalisation would differ from the first.
    if (stripped !== out) out = stripped.normalize('NFC');
  }
  const collapse = out.includes('  ') || OTHER_WHITESPACE.test(out);
  return collapse ? out.replace(WHITESPACE_RUN, ' ') : out;
}

function withoutAccents(run: string): string {
  return run.normalize('NFD').replace(ACCENT, '').normalize('NFC');
}

/**
 * Joins texts for {@link normalizeTexts}: normalisation leaves U+0000 as it is, never collapses
 * it (not whitespace), never lets a mark compose or reorder across it (it is a starter that
 * composes with nothing) and reads no case context through it, so the joined texts normalise
 * each on its own.
 */
const JOINT = '\0';
/** Code units per joined chunk: big enough to be few objects, small enough to stay quick. */
const CHUNK = 1 << 15;

/**
 * `texts.map(normalizeText)`, with less garbage: texts are normalised in chunks, joined, and each
 * result is a slice of its chunk. A few large strings in place of a hundred thousand small
 * ones cut the collector's work during an index build. A chunk where a text holds the joint
 * itself is normalised text by text.
 */
export function normalizeTexts(texts: readonly string[]): string[] {
  const out = new Array<string>(texts.length);
  for (let from = 0; from < texts.length;) {
    let to = from + 1;
    for (let size = texts[from]?.length ?? 0; to < texts.length; to++) {
      size += (texts[to]?.length ?? 0) + 1;
      if (size > CHUNK) break;
    }
    const pieces = normalizeText(texts.slice(from, to).join(JOINT)).split(JOINT);
    for (let i = from; i < to; i++) {
      out[i] =
        pieces.length === to - from ? (pieces[i - from] ?? '') : normalizeText(texts[i] ?? '');
    }
    from = to;
  }
  return out;
}

/** Normalised text with, for each of its code units, the original span it came from. */
export interface NormalizedText {
  /** Equal to `normalizeText(original)`. */
  text: string;
  /** `starts[i]`, `ends[i]`: the [start, end) range of the original text that `text[i]` comes from. */
  starts: Int32Array;
  ends: Int32Array;
}

/**
 * `normalizeText` with an offset map back to the original, since NFC and lower-casing change lengths
 * (a decomposed 한 is three code units, composed one; İ lower-cases to two).
 *
 * The text is cut into pieces that normalise independently: a piece starts at any code point
 * that no canonical composition can attach to what precedes it (anything but a combining mark or a
 * medial or final Hangul jamo), and a run of whitespace stays in one piece so that it collapses
 * as a whole. Each piece is normalised on its own and every code unit it yields maps to the whole
 * piece, so a match that starts or ends inside a piece highlights all of it.
 */
export function normalizeWithOffsets(original: string): NormalizedText {
  const pieces: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let start = 0;
  while (start < original.length) {
    const end = pieceEnd(original, start);
    const piece = end === start + 1 ? simpleUnit(original.charCodeAt(start)) : null;
    const normalized = piece ?? normalizeText(original.slice(start, end));
    pieces.push(normalized);
    for (let i = 0; i < normalized.length; i++) {
      starts.push(start);
      ends.push(end);
    }
    start = end;
  }
  return { text: pieces.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** The normalised form of a lone code unit, when it is cheap to tell (ASCII), else null. */
function simpleUnit(code: number): string | null {
  if (code >= 0x80) return null;
  if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 0x20);
  return code <= 0x20
    ? WHITESPACE.test(String.fromCharCode(code))
      ? ' '
      : null
    : String.fromCharCode(code);
}

function pieceEnd(text: string, start: number): number {
  const first = text.codePointAt(start) ?? 0;
  let blank = isWhitespace(first);
  let at = start + (first > 0xffff ? 2 : 1);
  while (at < text.length) {
    const code = text.codePointAt(at) ?? 0;
    if (startsPiece(code, blank)) break;
    // An accent is dropped, so whitespace on both sides of it is one run, collapsed as a whole.
    if (!(blank && isAccent(code))) blank = isWhitespace(code);
    at += code > 0xffff ? 2 : 1;
  }
  return at;
}

function isAccent(code: number): boolean {
  return code >= 0x300 && code <= 0x36f;
}

function startsPiece(code: number, afterWhitespace: boolean): boolean {
  if (isWhitespace(code)) return !afterWhitespace;
  // No combining mark lies below U+0300, and precomposed Hangul syllables never compose with what
  // precedes them: the two cases that cover nearly all digest text, decided without a regex.
  if (code < 0x300 || (code >= 0xac00 && code <= 0xd7a3)) return true;
  if ((code >= 0x1160 && code <= 0x11ff) || (code >= 0xd7b0 && code <= 0xd7ff)) return false;
  return !MARK.test(String.fromCodePoint(code));
}

function isWhitespace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return WHITESPACE.test(String.fromCodePoint(code));
}
