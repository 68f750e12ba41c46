import { parseDigest } from './parse';
import type { ParseResult } from './types';

// A date line, anchored at a line start (the `m` flag); the same shape the parser accepts.
const DATE_LINE_START =
  /^\d{4}\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일(?:\s*\(\s*[월화수목금토일]\s*(?:요일)?\s*\))?[ \t]*\r?$/gm;

/**
 * The newest days of a digest that appends day after day: the text from the first date line that
 * starts within the last `tailChars` characters, parsed on its own, with line numbers as in the
 * whole text. Lets a reader see the latest papers before a large archive is fully parsed. Returns
 * null where no date line starts in that tail (the whole text must be parsed then).
 */
export function parseNewestDays(text: string, tailChars: number): ParseResult | null {
  DATE_LINE_START.lastIndex = Math.max(0, text.length - tailChars);
  const found = DATE_LINE_START.exec(text);
  if (!found || found.index === 0) return null;
  let offset = 0;
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
