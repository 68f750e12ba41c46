import { parseDigest } from './parse.ts';
import { quoteLine } from './quote.ts';
import type { DigestWarning, ParseResult } from './types.ts';

/**
 * Bytes to digest text. Bytes that are not valid UTF-8 become U+FFFD instead of failing the whole
 * file, and each line where that happened gets a warning, so nothing readable is lost.
 */
export function decodeDigest(bytes: Uint8Array): { text: string; warnings: DigestWarning[] } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    return { text, warnings: replacementWarnings(text, 1) };
  }
}

/**
 * `parseDigest` on UTF-8 bytes: invalid bytes are replaced and reported with the parser's own
 * warnings, all in line order.
 */
export function parseDigestBytes(bytes: Uint8Array): ParseResult {
  const decoded = decodeDigest(bytes);
  const { entries, warnings } = parseDigest(decoded.text);
  return { entries, warnings: [...decoded.warnings, ...warnings].sort((a, b) => a.line - b.line) };
}

/** A warning for each line of `text` (numbered from `firstLine`) with a U+FFFD in it. */
export function replacementWarnings(text: string, firstLine: number): DigestWarning[] {
  const warnings: DigestWarning[] = [];
  let line = firstLine;
  let lineStart = 0;
  let nextBreak = text.indexOf('\n');
  for (let at = text.indexOf('\ufffd'); at !== -1; at = text.indexOf('\ufffd', at + 1)) {
    while (nextBreak !== -1 && nextBreak < at) {
      line++;
      lineStart = nextBreak + 1;
      nextBreak = text.indexOf('\n', nextBreak + 1);
    }
    if (warnings[warnings.length - 1]?.line !== line) {
      warnings.push({
        line,
        kind: 'invalid-utf8',
        message: 'bytes that are not valid UTF-8; replaced them with U+FFFD',
        quote: quoteLine(text.slice(lineStart, nextBreak === -1 ? text.length : nextBreak)),
      });
    }
  }
  return warnings;
}
