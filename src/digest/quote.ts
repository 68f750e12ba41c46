/** Longer lines are cut here when quoted in a warning: enough to recognise them. */
const QUOTE_LENGTH = 120;

/** `line` trimmed, and cut with `…` when longer than a warning needs to show. */
export function quoteLine(line: string): string {
  const trimmed = line.trim();
  if (trimmed.length <= QUOTE_LENGTH) return trimmed;
  // Never half of a surrogate pair.
  const cut = isHighSurrogate(trimmed.charCodeAt(QUOTE_LENGTH - 1))
    ? QUOTE_LENGTH - 1
    : QUOTE_LENGTH;
  return `${trimmed.slice(0, cut).trimEnd()}…`;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
