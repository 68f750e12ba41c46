/**
 * Line-level reading of a digest. The text is never split into an array of strings: lines are
 * index ranges into one string, classified once by their first character, and a line's text is
 * sliced only when the grammar needs it. Every check is a single pass with no backtracking, which
 * keeps parsing linear even on pathological multi-megabyte lines.
 */

import { slugOf, slugify } from './entry-id.ts';

export const LineKind = {
  Blank: 0,
  Date: 1,
  Url: 2,
  Tags: 3,
  /** Opens with `(`: an authors line where a title precedes it, otherwise ordinary text. */
  Paren: 4,
  Text: 5,
} as const;
export type LineKind = (typeof LineKind)[keyof typeof LineKind];

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_ALL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
/** The next control character or line end. */
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_OR_END = /[\u0000-\u0008\n\u000B-\u001F\u007F]/g;
/**
 * A control character or anything at or above U+1100, where Hangul begins: a plain range scans
 * faster than the exact Hangul blocks, and the rare other hits (curly quotes, dashes) are told
 * apart in script.
 */
// eslint-disable-next-line no-control-regex -- as above
const NOTABLE = /[\u0000-\u0008\u000B-\u001F\u007F\u1100-\uFFFF]/g;
const FIRST_HANGUL = 0x1100;
/** Longer lines are never date lines, which keeps the date pattern off long prose. */
const MAX_DATE_LINE = 40;
const URL_LINE = /^https?:\/\/\S+$/i;
const DATE_LINE =
  /^(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일(?:\s*\(\s*[월화수목금토일]\s*(?:요일)?\s*\))?$/;

export class DigestLines {
  /** Text with line endings made `\n`. */
  private readonly source: string;
  readonly count: number;
  /** Line numbers (1-based) where control characters were removed, with how many. */
  readonly controlChars: Array<{ line: number; count: number }> = [];
  /** Start and end of each line's trimmed text in `source`. */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly kinds: Uint8Array;
  /** Per line: 1 with Hangul, else 0. */
  private readonly hangul: Uint8Array;
  /** Trimmed text of the rare lines that held control characters, with those removed. */
  private readonly cleaned = new Map<number, string>();
  /** `nextNonBlank[i]`: the first non-blank line at or after `i`, or `count`. */
  readonly nextNonBlank: Int32Array;

  constructor(text: string) {
    let source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (source.includes('\r')) source = source.replace(/\r\n?/g, '\n');
    this.source = source;
    // Typed arrays live outside the collected heap, so the collector never copies the line table.
    let starts: Int32Array = new Int32Array(Math.max(64, source.length >> 6));
    let ends: Int32Array = new Int32Array(starts.length);
    let count = 0;
    let from = 0;
    for (let at = source.indexOf('\n'); ; at = source.indexOf('\n', at + 1)) {
      if (count === starts.length) {
        starts = grow(starts);
        ends = grow(ends);
      }
      starts[count] = from;
      if (at === -1) {
        ends[count++] = source.length;
        break;
      }
      ends[count++] = at;
      from = at + 1;
    }
    this.count = count;
    this.starts = starts;
    this.ends = ends;
    this.hangul = new Uint8Array(count);
    this.scanNotable();
    this.kinds = new Uint8Array(count);
    for (let i = 0; i < count; i++) {
      let from = starts[i] as number;
      let to = ends[i] as number;
      while (from < to && isSpace(source.charCodeAt(from))) from++;
      while (to > from && isSpace(source.charCodeAt(to - 1))) to--;
      starts[i] = from;
      ends[i] = to;
      this.kinds[i] = this.classify(i, from, to);
    }
    this.nextNonBlank = new Int32Array(count + 1);
    this.nextNonBlank[count] = count;
    for (let i = count - 1; i >= 0; i--) {
      this.nextNonBlank[i] =
        this.kinds[i] === LineKind.Blank ? (this.nextNonBlank[i + 1] as number) : i;
    }
  }

  kind(i: number): LineKind {
    return (this.kinds[i] ?? LineKind.Blank) as LineKind;
  }

  /** Trimmed text of line `i`, without control characters. */
  text(i: number): string {
    if (this.cleaned.size > 0) {
      const cleaned = this.cleaned.get(i);
      if (cleaned !== undefined) return cleaned;
    }
    return this.source.slice(this.starts[i], this.ends[i]);
  }

  length(i: number): number {
    return (this.ends[i] as number) - (this.starts[i] as number);
  }

  endsWith(i: number, char: number): boolean {
    return this.length(i) > 0 && this.source.charCodeAt((this.ends[i] as number) - 1) === char;
  }

  startsWith(i: number, char: number): boolean {
    return this.length(i) > 0 && this.source.charCodeAt(this.starts[i] as number) === char;
  }

  hasHangul(i: number): boolean {
    return this.hangul[i] === 1;
  }

  /** The id slug of line `i`'s text. */
  slug(i: number): string {
    if (this.cleaned.has(i)) return slugify(this.text(i));
    return slugOf(this.source, this.starts[i] as number, this.ends[i] as number);
  }

  /** Tags of tag line `i`, without `#`. */
  tags(i: number): string[] {
    const text = this.cleaned.get(i);
    if (text !== undefined) return readTags(text, 0, text.length);
    return readTags(this.source, this.starts[i] as number, this.ends[i] as number);
  }

  /** Words on line `i`, counting no further than `limit`. */
  wordCount(i: number, limit: number): number {
    const text = this.cleaned.get(i);
    if (text !== undefined) return countWords(text, 0, text.length, limit);
    return countWords(this.source, this.starts[i] as number, this.ends[i] as number, limit);
  }

  /**
   * Text of the non-blank lines from `from` up to `to` joined with `separator`. Lines joined by
   * `\n` with nothing trimmed or skipped between them are one slice of the source, which is the
   * common case for commentary.
   */
  join(from: number, to: number, separator: string): string {
    if (from >= to) return '';
    let last = from;
    let contiguous = this.cleaned.size === 0;
    for (let k = from; k < to; k = this.nextNonBlank[k + 1] as number) {
      if (k !== from && k !== last + 1) contiguous = false;
      if (k !== from && this.ends[last] !== (this.starts[k] as number) - 1) contiguous = false;
      last = k;
    }
    if (separator === '\n' && contiguous)
      return this.source.slice(this.starts[from], this.ends[last]);
    let out = this.text(from);
    for (
      let k = this.nextNonBlank[from + 1] as number;
      k < to;
      k = this.nextNonBlank[k + 1] as number
    ) {
      out += separator + this.text(k);
    }
    return out;
  }

  private classify(i: number, from: number, to: number): LineKind {
    if (this.cleaned.size > 0 && this.cleaned.has(i)) return classifyText(this.text(i));
    if (from === to) return LineKind.Blank;
    const first = this.source.charCodeAt(from);
    if (first === 0x23 /* # */) {
      return isTagLine(this.source, from, to) ? LineKind.Tags : LineKind.Text;
    }
    if (first === 0x28 /* ( */) return LineKind.Paren;
    if (first === 0x68 || first === 0x48 /* h H */) {
      return URL_LINE.test(this.source.slice(from, to)) ? LineKind.Url : LineKind.Text;
    }
    if (first >= 0x30 && first <= 0x39 && to - from <= MAX_DATE_LINE) {
      return DATE_LINE.test(this.source.slice(from, to)) ? LineKind.Date : LineKind.Text;
    }
    return LineKind.Text;
  }

  /**
   * Marks Hangul lines and finds control characters with one native regular-expression pass rather
   * than a loop over characters in script, which is what keeps parsing near JSON.parse speed. Once
   * a line has shown a Hangul letter the pass jumps to the next line; only the rest of that line is
   * then checked for control characters.
   */
  private scanNotable(): void {
    const { source, ends, hangul } = this;
    const controlLines: number[] = [];
    const addControl = (line: number) => {
      if (controlLines[controlLines.length - 1] !== line) controlLines.push(line);
    };
    let line = 0;
    NOTABLE.lastIndex = 0;
    while (NOTABLE.test(source)) {
      const at = NOTABLE.lastIndex - 1;
      while ((ends[line] as number) < at) line++;
      const c = source.charCodeAt(at);
      if (c < FIRST_HANGUL) {
        addControl(line);
      } else if (isHangul(c)) {
        hangul[line] = 1;
        const end = ends[line] as number;
        CONTROL_OR_END.lastIndex = at + 1;
        while (CONTROL_OR_END.test(source) && CONTROL_OR_END.lastIndex <= end) addControl(line);
        NOTABLE.lastIndex = end + 1;
      }
    }
    for (const i of controlLines) this.cleanControlChars(i);
  }

  /** The rare path: count a line's control characters and keep its text without them. */
  private cleanControlChars(i: number): void {
    const raw = this.source.slice(this.starts[i], this.ends[i]);
    const count = raw.match(CONTROL_ALL)?.length ?? 0;
    this.controlChars.push({ line: i + 1, count });
    this.cleaned.set(i, raw.replace(CONTROL_ALL, '').trim());
  }
}

/** Whether the parser reads `line`, one line without its line break, as a date line. */
export function isDateLine(line: string): boolean {
  let from = 0;
  let to = line.length;
  while (from < to && isSpace(line.charCodeAt(from))) from++;
  while (to > from && isSpace(line.charCodeAt(to - 1))) to--;
  return to - from <= MAX_DATE_LINE && DATE_LINE.test(line.slice(from, to));
}

function classifyText(text: string): LineKind {
  if (text === '') return LineKind.Blank;
  if (text.startsWith('#')) return isTagLine(text, 0, text.length) ? LineKind.Tags : LineKind.Text;
  if (text.startsWith('(')) return LineKind.Paren;
  if (URL_LINE.test(text)) return LineKind.Url;
  return DATE_LINE.test(text) ? LineKind.Date : LineKind.Text;
}

function isHangul(c: number): boolean {
  return (
    (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)
  );
}

/** `array` copied into one twice its length. */
function grow(array: Int32Array): Int32Array {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 || c === 0xfeff;
}

/** A tag line is one or more `#tag` words and nothing else (`# Links` is a heading, not a tag). */
function isTagLine(text: string, from: number, to: number): boolean {
  let atWordStart = true;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (!atWordStart && text.charCodeAt(i - 1) === 0x23) return false;
      atWordStart = true;
    } else if (atWordStart) {
      if (c !== 0x23) return false;
      atWordStart = false;
    } else if (c === 0x23) {
      return false;
    }
  }
  return text.charCodeAt(to - 1) !== 0x23;
}

/** Tags of the tag line `text.slice(from, to)`, without `#`. */
function readTags(text: string, from: number, to: number): string[] {
  const tags: string[] = [];
  let start = -1;
  for (let i = from; i <= to; i++) {
    if (i === to || isWhiteSpace(text.charCodeAt(i))) {
      if (start >= 0 && i - start > 1) tags.push(text.slice(start + 1, i));
      start = -1;
    } else if (start < 0) {
      start = i;
    }
  }
  return tags;
}

/** Words in `text.slice(from, to)`, counting no further than `limit`. */
export function countWords(text: string, from: number, to: number, limit: number): number {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to && words < limit; i++) {
    const space = text.charCodeAt(i) <= 0x20;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

export type DateReading =
  { ok: true; date: string } | { ok: false; year: number; month: number; day: number };

export function readDate(line: string): DateReading {
  const match = DATE_LINE.exec(line);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  const valid =
    probe.getUTCFullYear() === year &&
    probe.getUTCMonth() === month - 1 &&
    probe.getUTCDate() === day;
  if (!valid) return { ok: false, year, month, day };
  return { ok: true, date: `${year}-${pad(month)}-${pad(day)}` };
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** What `String.prototype.trim` removes and `\s` matches. */
export function isWhiteSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
