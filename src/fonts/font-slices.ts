/**
 * Picks the files of a web font split by `unicode-range` (a "dynamic subset", as Korean web fonts
 * are served) that a page will need for its first screen. Plain TypeScript, no DOM: the build
 * reads its own stylesheet and digest with it.
 */

export interface FontSlice {
  /** The font file as the stylesheet names it. */
  url: string;
  /** Inclusive code point ranges the file covers. */
  ranges: readonly (readonly [number, number])[];
}

/** The `@font-face` rules of `family` in `css` that have a `unicode-range` and a woff2 file. */
export function fontSlices(css: string, family: string): FontSlice[] {
  const slices: FontSlice[] = [];
  for (const [, body = ''] of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const declared = /font-family\s*:\s*(['"]?)([^;'"]+)\1/.exec(body)?.[2]?.trim();
    const url = /url\(\s*(['"]?)([^'")]+\.woff2)\1\s*\)/.exec(body)?.[2];
    const range = /unicode-range\s*:\s*([^;]+)/.exec(body)?.[1];
    if (declared !== family || !url || !range) continue;
    slices.push({ url, ranges: range.split(',').flatMap(parseRange) });
  }
  return slices;
}

function parseRange(part: string): [number, number][] {
  const match = /^\s*u\+([0-9a-f?]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
  if (!match?.[1]) return [];
  const [, start, end] = match;
  // `U+4??` is shorthand for U+400-4FF.
  if (start.includes('?')) {
    return [[parseInt(start.replaceAll('?', '0'), 16), parseInt(start.replaceAll('?', 'f'), 16)]];
  }
  return [[parseInt(start, 16), parseInt(end ?? start, 16)]];
}

/**
 * The slices that hold at least `minShare` of the characters of `text` (spaces aside), most used
 * first.
 */
export function commonSlices(
  slices: readonly FontSlice[],
  text: string,
  minShare: number,
): FontSlice[] {
  const counts = new Map<number, number>();
  let total = 0;
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    // Spaces and line breaks are in every Latin slice and say nothing about which are needed.
    if (codePoint <= 0x20) continue;
    counts.set(codePoint, (counts.get(codePoint) ?? 0) + 1);
    total += 1;
  }
  const used = new Map<FontSlice, number>();
  for (const [codePoint, count] of counts) {
    // Where ranges overlap, the browser tries the face defined last first.
    const slice = slices.findLast((candidate) =>
      candidate.ranges.some(([from, to]) => codePoint >= from && codePoint <= to),
    );
    if (slice) used.set(slice, (used.get(slice) ?? 0) + count);
  }
  return [...used]
    .filter(([, count]) => count >= total * minShare)
    .sort((a, b) => b[1] - a[1])
    .map(([slice]) => slice);
}
