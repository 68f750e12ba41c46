import { parseDigest } from './parse';
import type { ParseResult } from './types';

// A date line, anchored at a line start (the `m` flag); the same shape the parser accepts.
const DATE_LINE_START =
  /^\d{4}\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일(?:\s*\(\s*[월화수목금토일]\s*(?:요일)?\s*\))?[ \t]*\r?$/gm;

/** Parses `text` from its first date line at or after `from`, lines numbered from `lineOffset`. */
function parseFromDateLine(text: string, from: number, lineOffset: number): ParseResult | null {
  DATE_LINE_START.lastIndex = from;
  const found = DATE_LINE_START.exec(text);
  if (!found) return null;
  let offset = lineOffset;
  for (
    let at = text.indexOf('\n');
    at !== -1 && at < found.index;
    at = text.indexOf('\n', at + 1)
  ) {
    offset++;
  }
  const { entries, warnings } = parseDigest(text.slice(found.index));
  return {
    entries: entries.map((entry) => ({ ...entry, line: entry.line + offset })),
    warnings: warnings.map((warning) => ({ ...warning, line: warning.line + offset })),
  };
}

/**
 * The newest days of a digest that appends day after day: the text from the first date line that
 * starts within the last `tailChars` characters, parsed on its own, with line numbers as in the
 * whole text. Lets a reader see the latest papers before a large archive is fully parsed. Returns
 * null where the tail is the whole text or no date line starts in it.
 */
export function parseNewestDays(text: string, tailChars: number): ParseResult | null {
  const from = text.length - tailChars;
  return from > 0 ? parseFromDateLine(text, from, 0) : null;
}

/**
 * `parseNewestDays` on the last `tailBytes` bytes of a UTF-8 digest, without decoding the rest:
 * for archives too large to decode on the main thread before showing anything.
 */
export function parseNewestDaysFromBytes(bytes: Uint8Array, tailBytes: number): ParseResult | null {
  const start = bytes.length - tailBytes;
  if (start <= 0) return null;
  let linesBefore = 0;
  for (let at = bytes.indexOf(0x0a); at !== -1 && at < start; at = bytes.indexOf(0x0a, at + 1)) {
    linesBefore++;
  }
  const tail = new TextDecoder().decode(bytes.subarray(start));
  // Unless the cut fell on a line start, the tail's first line is a fragment (perhaps of a
  // character): search from the next line.
  const from = bytes[start - 1] === 0x0a ? 0 : tail.indexOf('\n') + 1;
  return from === 0 && bytes[start - 1] !== 0x0a
    ? null
    : parseFromDateLine(tail, from, linesBefore);
}
