/**
 * Helpers for single left-to-right scans. `typesetAbstract` and `toDollarMath` search ahead for
 * closing delimiters; done naively, input like `$a $a $a…` or `\(\(\(…` re-reads the same tail once
 * per opener and turns quadratic. These searches remember their last answer instead.
 */

/**
 * A search for the first `needle` at or after a position for which `accept` holds. `accept` must
 * depend only on the text and the position, never on where the search started: then an answer
 * stays valid for any later start up to the hit, and the scanned ground is never read twice
 * as long as starts do not move backwards.
 */
export function forwardSearch(
  text: string,
  needle: string,
  accept: (at: number) => boolean = () => true,
): (start: number) => number {
  let searchedFrom = -1;
  let hit = -1;
  return (start) => {
    if (searchedFrom !== -1 && start >= searchedFrom && (hit === -1 || start <= hit)) return hit;
    searchedFrom = start;
    hit = -1;
    for (let at = text.indexOf(needle, start); at !== -1; at = text.indexOf(needle, at + 1)) {
      if (accept(at)) {
        hit = at;
        break;
      }
    }
    return hit;
  };
}

/** Whether the character at `at` is escaped, i.e. preceded by an odd run of backslashes. */
export function isEscaped(text: string, at: number): boolean {
  let backslashes = 0;
  for (let k = at - 1; k >= 0 && text.charCodeAt(k) === BACKSLASH; k--) backslashes++;
  return backslashes % 2 === 1;
}

const BACKSLASH = 0x5c;

/**
 * Like {@link forwardSearch}, for the first match of a global or sticky-free `pattern` (`/[\\^_]/g`)
 * at or after a position; the same caching keeps a left-to-right scan linear.
 */
export function forwardPattern(text: string, pattern: RegExp): (start: number) => number {
  const global = new RegExp(
    pattern.source,
    pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
  );
  let searchedFrom = -1;
  let hit = -1;
  return (start) => {
    if (searchedFrom !== -1 && start >= searchedFrom && (hit === -1 || start <= hit)) return hit;
    searchedFrom = start;
    global.lastIndex = start;
    hit = global.exec(text)?.index ?? -1;
    return hit;
  };
}
