import { forwardSearch, isEscaped } from './scan.ts';

/**
 * Rewrites `\(…\)` and `\[…\]` in Markdown as dollar math, the only syntax remark-math knows: to
 * Markdown `\(` is just an escaped parenthesis. Code spans are left alone, and so are backtick fences
 * without blank lines in them. Both become inline math, since commentary is prose and a formula there belongs to its sentence.
 */
export function toDollarMath(markdown: string): string {
  // Neither a formula nor a code span crosses a blank line, so each paragraph is handled alone.
  return markdown
    .split(/(\n[ \t]*\r?\n)/)
    .map((part, index) => (index % 2 === 0 ? paragraphToDollarMath(part) : part))
    .join('');
}

function paragraphToDollarMath(markdown: string): string {
  const unescapedAt = (at: number) => !isEscaped(markdown, at);
  const closers = {
    '(': forwardSearch(markdown, '\\)', unescapedAt),
    '[': forwardSearch(markdown, '\\]', unescapedAt),
  };
  const codeEnd = codeSpans(markdown);
  const parts: string[] = [];
  let copied = 0;
  const special = /[\\`]/g;
  let at = 0;
  while (at < markdown.length) {
    special.lastIndex = at;
    const found = special.exec(markdown);
    if (!found) break;
    const start = found.index;
    if (found[0] === '`') {
      at = codeEnd(start);
      continue;
    }
    const next = markdown.charAt(start + 1);
    if (next === '(' || next === '[') {
      const close = closers[next](start + 2);
      const tex = close === -1 ? '' : markdown.slice(start + 2, close);
      if (tex.trim() !== '') {
        parts.push(markdown.slice(copied, start), dollars(tex));
        at = copied = close + 2;
        continue;
      }
    }
    // Any other escape, `\\` and `\`` included, is two characters Markdown reads together.
    at = start + 2;
  }
  parts.push(markdown.slice(copied));
  return parts.join('');
}

/**
 * Wraps `tex` in a dollar fence longer than any dollar run inside it, padded with spaces that
 * remark-math strips. Line breaks become spaces, as TeX reads them, because a fence followed by a line
 * break at the start of a line would open a display block instead.
 */
function dollars(tex: string): string {
  let longest = 0;
  for (const run of tex.match(/\$+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '$'.repeat(longest + 1);
  return `${fence} ${tex.replace(/\r\n?|\n/g, ' ')} ${fence}`;
}

/**
 * Returns a function giving, for a backtick run starting at `start`, the index after the code span it
 * opens, or after the run itself when nothing closes it. A span closes at the next run of exactly the
 * same length (CommonMark). Runs are indexed once so each lookup only moves forward.
 */
function codeSpans(markdown: string): (start: number) => number {
  const runs = new Map<number, { starts: number[]; next: number }>();
  for (const run of markdown.matchAll(/`+/g)) {
    const entry = runs.get(run[0].length) ?? { starts: [], next: 0 };
    entry.starts.push(run.index);
    runs.set(run[0].length, entry);
  }
  return (start) => {
    let end = start;
    while (markdown.charAt(end) === '`') end++;
    const length = end - start;
    const entry = runs.get(length);
    if (!entry) return end;
    let closer = entry.starts[entry.next];
    while (closer !== undefined && closer < end) closer = entry.starts[++entry.next];
    return closer === undefined ? end : closer + length;
  };
}
