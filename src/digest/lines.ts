/**
 * Line-level reading of a digest. The text is never split into an array of strings: lines are
 * index ranges into one string, classified once by their first character, and a line's text is
 * sliced only when the grammar needs it. Every check is a single pass with no backtracking, which
 * keeps parsing linear even on pathological multi-megabyte lines.
 */

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
const URL_LINE = /^https?:\/\/\S+$/i;
const DATE_LINE =
  /^(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일(?:\s*\(\s*[월화수목금토일]\s*(?:요일)?\s*\))?$/;

export class DigestLines {
  /** Text with line endings made `\n`. */
  private readonly source: string;
  readonly count: number;
  /** Line numbers (1-based) where control characters were removed, with how many. */
  readonly controlChars: Array<{ line: number; count: number }> = [];
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly kinds: Uint8Array;
  /** Per line: 1 without Hangul, 2 with Hangul. */
  private readonly hangul: Uint8Array;
  /** Trimmed text of the rare lines that held control characters, with those removed. */
  private readonly cleaned = new Map<number, string>();
  /** `nextNonBlank[i]`: the first non-blank line at or after `i`, or `count`. */
  readonly nextNonBlank: Int32Array;

  constructor(text: string) {
    let source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (source.includes('\r')) source = source.replace(/\r\n?/g, '\n');
    const scan = scanLines(source);
    this.source = source;
    const count = scan.starts.length;
    this.count = count;
    this.starts = Int32Array.from(scan.starts);
    this.ends = Int32Array.from(scan.ends);
    this.kinds = new Uint8Array(count);
    this.hangul = Uint8Array.from(scan.hangul);
    this.nextNonBlank = new Int32Array(count + 1);
    const controls = CONTROL_CHARS.filter((char) => source.includes(char));
    if (controls.length > 0) this.cleanControlChars(controls);
    for (let i = 0; i < count; i++) {
      let from = this.starts[i] as number;
      let to = this.ends[i] as number;
      while (from < to && isSpace(source.charCodeAt(from))) from++;
      while (to > from && isSpace(source.charCodeAt(to - 1))) to--;
      this.starts[i] = from;
      this.ends[i] = to;
      this.kinds[i] = this.classify(i, from, to);
    }
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
    return this.cleaned.get(i) ?? this.source.slice(this.starts[i], this.ends[i]);
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
    return this.hangul[i] === 2;
  }

  /**
   * Text of the given lines joined with `separator`. Adjacent untrimmed lines joined by `\n` are
   * one slice of the source, which is the common case for commentary.
   */
  join(lines: readonly number[], separator: string): string {
    const first = lines[0];
    if (first === undefined) return '';
    const last = lines[lines.length - 1] as number;
    if (separator === '\n' && last - first === lines.length - 1) {
      const from = this.starts[first] as number;
      const to = this.ends[last] as number;
      let contiguous = true;
      for (let k = first; k < last && contiguous; k++) {
        contiguous = this.ends[k] === (this.starts[k + 1] as number) - 1;
      }
      if (contiguous && this.cleaned.size === 0) return this.source.slice(from, to);
    }
    let out = this.text(first);
    for (let k = 1; k < lines.length; k++) out += separator + this.text(lines[k] as number);
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
    if (first >= 0x30 && first <= 0x39 && to - from <= 40) {
      return DATE_LINE.test(this.source.slice(from, to)) ? LineKind.Date : LineKind.Text;
    }
    return LineKind.Text;
  }

  /** The rare path: count control characters per line and keep each such line's clean text. */
  private cleanControlChars(controls: string[]): void {
    const positions: number[] = [];
    for (const char of controls) {
      for (let at = this.source.indexOf(char); at !== -1; at = this.source.indexOf(char, at + 1)) {
        positions.push(at);
      }
    }
    positions.sort((a, b) => a - b);
    let line = 0;
    for (const at of positions) {
      while ((this.ends[line] as number) < at) line++;
      const last = this.controlChars[this.controlChars.length - 1];
      if (last?.line === line + 1) last.count++;
      else this.controlChars.push({ line: line + 1, count: 1 });
    }
    for (const { line: number } of this.controlChars) {
      const i = number - 1;
      const raw = this.source.slice(this.starts[i], this.ends[i]);
      this.cleaned.set(i, raw.replace(CONTROL_ALL, '').trim());
    }
  }
}

function classifyText(text: string): LineKind {
  if (text === '') return LineKind.Blank;
  if (text.startsWith('#')) return isTagLine(text, 0, text.length) ? LineKind.Tags : LineKind.Text;
  if (text.startsWith('(')) return LineKind.Paren;
  if (URL_LINE.test(text)) return LineKind.Url;
  return DATE_LINE.test(text) ? LineKind.Date : LineKind.Text;
}

interface LineScan {
  starts: number[];
  ends: number[];
  /** 1 without Hangul, 2 with Hangul. */
  hangul: number[];
}

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/g;
const CONTROL_CHARS = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code))
  .filter((char) => char !== '\n' && char !== '\t')
  .concat('\u007f');

/**
 * Finds line ends and Hangul with native string search rather than a loop over characters in
 * script, which is what keeps parsing near JSON.parse speed: `indexOf` for line ends, then one
 * regular expression that jumps to the next line once a line has shown a Hangul letter.
 */
function scanLines(source: string): LineScan {
  const starts = [0];
  const ends: number[] = [];
  for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1)) {
    ends.push(at);
    starts.push(at + 1);
  }
  ends.push(source.length);
  const hangul = new Array<number>(ends.length).fill(1);
  let line = 0;
  HANGUL.lastIndex = 0;
  for (let hit = HANGUL.exec(source); hit; hit = HANGUL.exec(source)) {
    while ((ends[line] as number) < hit.index) line++;
    hangul[line] = 2;
    HANGUL.lastIndex = (ends[line] as number) + 1;
  }
  return { starts, ends, hangul };
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

/** Tags of a tag line, without `#`. */
export function readTags(line: string): string[] {
  const tags: string[] = [];
  for (const word of line.split(/[\s\u00a0\u3000]+/)) {
    if (word.length > 1) tags.push(word.slice(1));
  }
  return tags;
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
