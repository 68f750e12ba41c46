import { replacementWarnings } from './decode.ts';
import { isDateLine } from './lines.ts';
import { newParseState, parsePiece } from './parse.ts';
import type { ParseResult } from './types.ts';

/**
 * Where a day may start: a line break, then what looks like a whole date line with its own line
 * break. Entries never span a date line, so the text before one parses on its own; `isDateLine`
 * confirms that the parser reads the line as one.
 */
const DAY_START =
  /\n\d{4}[^\S\r\n]*년[^\S\r\n]*\d{1,2}[^\S\r\n]*월[^\S\r\n]*\d{1,2}[^\S\r\n]*일(?:[^\S\r\n]*\([^\S\r\n]*[월화수목금토일][^\S\r\n]*(?:요일)?[^\S\r\n]*\))?[ \t]*\r?(?=\n)/g;
/** How far before new text a date line that ends in it may have started. */
const DAY_START_REACH = 64;
/** Text held back before a piece is parsed: small pieces would cost more than they show. */
const MIN_PIECE = 64 * 1024;

export interface DigestStreamOptions {
  /** Characters to gather before parsing the complete days among them (default 64 Ki). */
  minPiece?: number;
}

/**
 * Parses a digest while it downloads. `push` takes the next bytes (or text) and returns the
 * entries of the days that are now complete; `end` returns the rest. Together they give exactly
 * the entries of `parseDigest` on the whole text, with the same ids and line numbers, and the same
 * warnings, in line order.
 */
export class DigestStream {
  private readonly state = newParseState();
  /**
   * Decoded text not parsed yet, as it came: joining it on every push would copy it again and
   * again while a long day arrives.
   */
  private parts: string[] = [];
  private partsLength = 0;
  /** Where in the kept text the last day found so far starts, or -1. */
  private lastDay = -1;
  /** The bytes of a UTF-8 sequence cut by the end of the last chunk. */
  private carry: Uint8Array = new Uint8Array(0);
  /** Set once bytes that are not UTF-8 were seen: U+FFFD is reported from then on. */
  private invalid = false;
  private readonly strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private readonly laxDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
  private readonly minPiece: number;

  constructor({ minPiece = MIN_PIECE }: DigestStreamOptions = {}) {
    this.minPiece = minPiece;
  }

  pushBytes(bytes: Uint8Array): ParseResult {
    const joined = this.carry.length > 0 ? concat(this.carry, bytes) : bytes;
    const cut = completeLength(joined);
    this.carry = joined.slice(cut);
    return this.push(this.decode(joined.subarray(0, cut)));
  }

  push(text: string): ParseResult {
    if (text === '') return { entries: [], warnings: [] };
    // A date line may have begun in the text before: search a little of it again.
    const before = this.tail(DAY_START_REACH);
    const found = lastDayStart(before + text);
    if (found > 0) this.lastDay = this.partsLength - before.length + found;
    this.parts.push(text);
    this.partsLength += text.length;
    if (this.partsLength < this.minPiece || this.lastDay <= 0) {
      return { entries: [], warnings: [] };
    }
    const kept = this.parts.join('');
    this.parts = [kept.slice(this.lastDay)];
    this.partsLength = kept.length - this.lastDay;
    const piece = kept.slice(0, this.lastDay);
    this.lastDay = -1;
    return this.parse(piece);
  }

  end(): ParseResult {
    if (this.carry.length > 0) {
      // A sequence cut short by the end of the file: decoding it reports it.
      this.parts.push(this.decode(this.carry));
      this.carry = new Uint8Array(0);
    }
    const rest = this.parts.join('');
    this.parts = [];
    this.partsLength = 0;
    this.lastDay = -1;
    return this.parse(rest);
  }

  /** The last `length` characters of the kept text, or all of it if shorter. */
  private tail(length: number): string {
    let tail = '';
    for (let k = this.parts.length - 1; k >= 0 && tail.length < length; k--) {
      tail = (this.parts[k] as string) + tail;
    }
    return tail.slice(-length);
  }

  private decode(bytes: Uint8Array): string {
    if (!this.invalid) {
      try {
        return this.strictDecoder.decode(bytes);
      } catch {
        this.invalid = true;
      }
    }
    return this.laxDecoder.decode(bytes);
  }

  private parse(piece: string): ParseResult {
    const firstLine = this.state.lineOffset + 1;
    const result = parsePiece(piece, this.state);
    if (!this.invalid) return result;
    const warnings = [...replacementWarnings(piece, firstLine), ...result.warnings];
    return { entries: result.entries, warnings: warnings.sort((a, b) => a.line - b.line) };
  }
}

/** Index just after the line break before the last day start in `text`, or -1. */
function lastDayStart(text: string): number {
  DAY_START.lastIndex = 0;
  let last = -1;
  for (let found = DAY_START.exec(text); found; found = DAY_START.exec(text)) {
    if (isDateLine(found[0].slice(1).replace(/\r$/, ''))) last = found.index + 1;
  }
  return last;
}

/** Length of `bytes` up to the end of its last complete UTF-8 sequence. */
function completeLength(bytes: Uint8Array): number {
  const length = bytes.length;
  for (let back = 1; back <= Math.min(3, length); back++) {
    const byte = bytes[length - back] as number;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? length - back : length;
  }
  return length;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}
