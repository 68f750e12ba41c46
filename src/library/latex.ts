/**
 * Text as LaTeX for BibTeX field values. BibTeX counts every brace in a field, escaped or not, so
 * a field must keep its braces balanced as raw characters: a brace that has a partner is written
 * `\{`/`\}`, a lone one as `\textbraceleft{}`/`\textbraceright{}`. Non-ASCII text (Korean) passes
 * through, since the file is UTF-8.
 */
import { toDollarMath } from '../text';

const SPECIALS: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  _: '\\_',
  $: '\\$',
  '"': '{"}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Plain text (a title, a name, the reader's note) as LaTeX text on one line. */
export function latexText(text: string): string {
  return oneLine(escapeText(text));
}

/**
 * The digest's commentary, which is Markdown with TeX math, as LaTeX on one line: math stays math,
 * Markdown escapes (`\$`) become the characters they stand for, and the rest is text. Code spans
 * are text, so a `$` in them opens no math.
 */
export function latexMarkdown(markdown: string): string {
  const source = toDollarMath(markdown);
  const dollarCloser = runCloser(source, /\$+/g);
  const codeCloser = runCloser(source, /`+/g);
  const out: string[] = [];
  let text = '';
  let at = 0;
  while (at < source.length) {
    const char = source.charAt(at);
    const next = source.charAt(at + 1);
    if (char === '\\' && /[!-/:-@[-`{-~]/.test(next)) {
      text += next;
      at += 2;
      continue;
    }
    if (char !== '$' && char !== '`') {
      text += char;
      at++;
      continue;
    }
    let end = at;
    while (source.charAt(end) === char) end++;
    const length = end - at;
    const close = (char === '$' ? dollarCloser : codeCloser)(end, length);
    if (close === -1) {
      text += source.slice(at, end);
      at = end;
    } else if (char === '`') {
      text += source.slice(at, close + length);
      at = close + length;
    } else {
      const tex = source.slice(end, close);
      // Unbalanced braces would unbalance the field, and a bare `$` would end the math early: a
      // formula with either is kept as text.
      if (tex.trim() !== '' && bracesBalance(tex) && !/(?<!\\)\$/.test(tex)) {
        out.push(escapeText(text), escapeMath(tex));
        text = '';
      } else {
        text += source.slice(at, close + length);
      }
      at = close + length;
    }
  }
  out.push(escapeText(text));
  return oneLine(out.join(''));
}

/**
 * A URL for `\url{…}` in a field. `\url` reads most characters as they are, but within a BibTeX
 * field `%` and `#` need a backslash, and braces, backslashes and whitespace are percent-encoded
 * so that they cannot unbalance or break the field.
 */
export function latexUrl(url: string): string {
  return url
    .replace(
      /[{}\\\s]/g,
      (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .replace(/[%#]/g, '\\$&');
}

function escapeText(text: string): string {
  const paired = pairedBraces(text);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === '{') out += paired.has(i) ? '\\{' : '\\textbraceleft{}';
    else if (char === '}') out += paired.has(i) ? '\\}' : '\\textbraceright{}';
    else out += SPECIALS[char] ?? char;
  }
  return out;
}

/** Inline math, where TeX still reads `%` as a comment and `#`, `&` as parameter and alignment. */
function escapeMath(tex: string): string {
  let out = '';
  for (let i = 0; i < tex.length; i++) {
    const char = tex.charAt(i);
    if (char === '\\') {
      // A backslash ending the formula would escape the closing `$`.
      out += i + 1 < tex.length ? tex.slice(i, i + 2) : '\\backslash';
      i++;
    } else {
      out += char === '%' || char === '#' || char === '&' ? `\\${char}` : char;
    }
  }
  return `$${out.trim()}$`;
}

function pairedBraces(text: string): Set<number> {
  const paired = new Set<number>();
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === '{') open.push(i);
    else if (char === '}') {
      const start = open.pop();
      if (start !== undefined) paired.add(start).add(i);
    }
  }
  return paired;
}

function bracesBalance(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '{') depth++;
    else if (char === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/** Line breaks and blank lines inside a field end a paragraph in LaTeX, which a field must not do. */
function oneLine(tex: string): string {
  return tex.replace(/\s+/g, ' ').trim();
}

/**
 * For runs of one character (`$$`, backticks), a function giving the start of the next run of
 * exactly `length` at or after `from`, or -1; like Markdown, a run is closed only by an equal one.
 * Runs are indexed once and lookups only move forward, which keeps the scan linear.
 */
function runCloser(text: string, runs: RegExp): (from: number, length: number) => number {
  const byLength = new Map<number, { starts: number[]; next: number }>();
  for (const run of text.matchAll(runs)) {
    const entry = byLength.get(run[0].length) ?? { starts: [], next: 0 };
    entry.starts.push(run.index);
    byLength.set(run[0].length, entry);
  }
  return (from, length) => {
    const entry = byLength.get(length);
    if (!entry) return -1;
    let start = entry.starts[entry.next];
    while (start !== undefined && start < from) start = entry.starts[++entry.next];
    return start ?? -1;
  };
}
