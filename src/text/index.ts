/**
 * Plain-text typography for digest text, free of React and the DOM so it can be tested and reused
 * anywhere. Nothing here builds HTML: results are strings or segment data for a renderer to turn into
 * elements, which keeps escaping the renderer's (React's) job.
 *
 * - {@link typesetAbstract}: an arXiv abstract's LaTeX-ish text as text, link and math segments.
 * - {@link typesetTitle}: a title the same way when it holds TeX, else as one plain segment.
 * - {@link texToPlainText}, {@link plainTitle}, {@link mathToPlainText}: readable Unicode text where
 *   markup cannot go (`S$^2$R` → S²R), for the document title and exports.
 * - {@link hasMath}: a cheap test for math delimiters, to load a math renderer only when needed.
 * - {@link toDollarMath}: `\(…\)` and `\[…\]` rewritten as the dollar math Markdown tools read.
 * - {@link isSafeUrl}: whether a URL may become a live link (http, https and mailto only).
 * - {@link formatCount}: a count with thousands separators, `12,345`.
 */
export { typesetAbstract, typesetTitle } from './typeset-abstract.ts';
export { titleHoldsTex } from './title-tex.ts';
export type {
  LinkSegment,
  MathSegment,
  Segment,
  TextSegment,
  TextStyle,
} from './typeset-abstract.ts';
export { mathToPlainText, plainTitle, texToPlainText } from './plain-text.ts';
export { GREEK } from './greek.ts';
export { SYMBOLS } from './tex-symbols.ts';
export { hasMath } from './has-math.ts';
export { toDollarMath } from './dollar-math.ts';
export { isSafeUrl } from './safe-url.ts';
export { formatCount } from './count.ts';
