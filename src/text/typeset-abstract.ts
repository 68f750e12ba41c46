import { GREEK } from './greek.ts';
import { isSafeUrl } from './safe-url.ts';
import { forwardPattern, forwardSearch, isEscaped } from './scan.ts';
import { titleHoldsTex } from './title-tex.ts';
import { ABBREVIATIONS, ACCENTS, SYMBOLS, TEXT_WORDS } from './tex-symbols.ts';

/**
 * How running text looks. `code` and `underline` are only present when set, so that the common
 * segments stay `{ type, text, bold, italic }`.
 */
export interface TextStyle {
  bold: boolean;
  italic: boolean;
  /** Typewriter text (`\texttt`), shown as code. */
  code?: boolean;
  underline?: boolean;
}

/** Running text. Adjacent text with the same style is always merged into one segment. */
export interface TextSegment extends TextStyle {
  type: 'text';
  text: string;
}

/** A link whose `href` has passed {@link isSafeUrl}. */
export interface LinkSegment extends TextStyle {
  type: 'link';
  href: string;
  text: string;
}

/** TeX source of a formula, without its delimiters. `display` is set for `$$…$$` and `\[…\]`. */
export interface MathSegment {
  type: 'math';
  tex: string;
  display: boolean;
}

export type Segment = TextSegment | LinkSegment | MathSegment;

type StyleName = 'bold' | 'italic' | 'code' | 'underline';

interface Style {
  bold: boolean;
  italic: boolean;
  code: boolean;
  underline: boolean;
}

const PLAIN: Style = { bold: false, italic: false, code: false, underline: false };

/** Citation commands, shown as their keys in brackets: `\citet{wei2022}` reads `[wei2022]`. */
const CITATIONS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'cite',
  'citet',
  'citep',
  'citealp',
  'citealt',
  'citeauthor',
  'citeyear',
  'parencite',
  'textcite',
]);

/** Macros whose `{…}` argument is set in a style; null for those that only keep their text. */
const STYLE_MACROS: ReadonlyMap<string, StyleName | null> = /* @__PURE__ */ new Map([
  ['textbf', 'bold'],
  ['emph', 'italic'],
  ['textit', 'italic'],
  ['textsl', 'italic'],
  ['texttt', 'code'],
  ['underline', 'underline'],
  ['uline', 'underline'],
  ['textsc', null],
  ['textrm', null],
  ['textsf', null],
  ['textup', null],
  ['textmd', null],
  ['textnormal', null],
  ['text', null],
  ['mbox', null],
]);

/** Old-style declarations that change the style up to the end of the group (`{\it word}`). */
const DECLARATIONS: ReadonlyMap<string, StyleName | null> = /* @__PURE__ */ new Map([
  ['bf', 'bold'],
  ['bfseries', 'bold'],
  ['it', 'italic'],
  ['itshape', 'italic'],
  ['em', 'italic'],
  ['sl', 'italic'],
  ['slshape', 'italic'],
  ['tt', 'code'],
  ['ttfamily', 'code'],
  ['sc', null],
  ['scshape', null],
  ['rm', null],
  ['rmfamily', null],
  ['sf', null],
  ['sffamily', null],
  ['upshape', null],
  ['mdseries', null],
  ['normalfont', null],
]);

/** Text-mode symbols that abstracts glue to what follows (`\textasciitilde 42%`, `\textbackslash n`). */
const GLUED_SYMBOLS = /* @__PURE__ */ new Set([
  'textbackslash',
  'textasciitilde',
  'textasciicircum',
  'textunderscore',
]);

/** `\x` escapes that stand for the character itself, plus the control space (`et al.\ `). */
const ESCAPED_SYMBOLS = /* @__PURE__ */ new Set(['%', '&', '$', '#', '_', '{', '}', ' ']);

const LETTER = /[A-Za-z]/;

/**
 * A price, which a `$` in front of it does not open as a formula: an amount followed by a space, a
 * punctuation mark, the end, or a K, M or B for thousands, millions or billions (`$630K`, `$1M`).
 */
const AMOUNT = /\d+(?:[.,]\d+)*(?:[KMB](?![A-Za-z])|(?=\s|$|[.,;:!?)](?!\d)))/y;

/** `\unicode{x2014}`, which MathJax reads and KaTeX does not: the code point, hex or decimal. */
const UNICODE = /\\unicode\{\s*(x[0-9a-f]{1,6}|\d{1,7})\s*\}/gi;

/**
 * An open `{…}` group, the style to restore at its `}`, and what else the `}` does: echo a literal
 * brace, close a link or a footnote's parenthesis, or nothing (a style argument, a TeX group such as
 * `{\it word}`, the text of an `\href` that is not linked).
 */
interface Frame {
  kind: 'brace' | 'silent' | 'link' | 'footnote';
  style: Style;
}

interface OpenLink {
  href: string;
  text: string;
  style: Style;
}

function styled(style: Style): TextStyle {
  return {
    bold: style.bold,
    italic: style.italic,
    ...(style.code && { code: true }),
    ...(style.underline && { underline: true }),
  };
}

function sameStyle(segment: TextStyle, style: Style): boolean {
  return (
    segment.bold === style.bold &&
    segment.italic === style.italic &&
    (segment.code ?? false) === style.code &&
    (segment.underline ?? false) === style.underline
  );
}

function styleOf(segment: TextStyle): Style {
  const { bold, italic, code = false, underline = false } = segment;
  return { bold, italic, code, underline };
}

function withStyle(style: Style, name: StyleName | null): Style {
  return name === null ? style : { ...style, [name]: true };
}

/** The character of `\unicode{…}`, or null for code points that are not printable characters. */
function unicodeCharacter(code: string): string | null {
  const point = code.startsWith('x') || code.startsWith('X') ? parseInt(code.slice(1), 16) : +code;
  const printable = point >= 0x20 && point <= 0x10ffff && !(point >= 0xd800 && point <= 0xdfff);
  return printable && point !== 0x7f ? String.fromCodePoint(point) : null;
}

/**
 * A formula as KaTeX reads it: MathJax's `\unicode{…}` becomes its character and the text-mode
 * `\textbackslash` the math-mode `\backslash`, two things arXiv abstracts use that KaTeX lacks.
 */
function forKatex(tex: string): string {
  return tex
    .replace(UNICODE, (source, code: string) => unicodeCharacter(code) ?? source)
    .replace(/\\textbackslash(?![A-Za-z])\s*/g, '\\backslash{}');
}

/**
 * Turns the LaTeX-flavoured text of an arXiv abstract into segments for reading:
 *
 * - style: `\textbf`, `\emph`/`\textit`, `\texttt` (code), `\underline`, `{\it …}`-style
 *   declarations, and `\textsc`-like macros that only keep their text;
 * - characters: Greek letters, symbols (`\times`, `\rightarrow`), `\eg`/`\ie`/`\etal`, accents
 *   (`\'e`), `~` (no-break space), `--` and `---` (en and em dash), TeX quotes (`` `x' `` ‘x’,
 *   ``` ``x'' ``` “x”, so every `'` becomes ’) and `\%`-style escapes;
 * - formulas: `$…$` wherever it stands, even glued to words (`256$\times$256`), `$$…$$`, `\(…\)` and
 *   `\[…\]`; a `$` before an amount is a currency sign (`$0.70 per million`, `$630K`);
 * - `\href`, `\url` and `\footnote` (as a parenthesis).
 *
 * Anything else, unknown macros included, is kept as written and never swallows what follows, so
 * no letter is lost but the address of an `\href` that is not linked. Runs in linear time and
 * accepts any string.
 */
export function typesetAbstract(text: string): Segment[] {
  const out: Segment[] = [];
  const frames: Frame[] = [];
  let style = PLAIN;
  // While a link is open its text is collected here, flat: a link cannot hold emphasis or formulas.
  let link: OpenLink | null = null;

  const unescapedAt = (at: number) => !isEscaped(text, at);
  // As in TeX, a `$` is closed by the next one; as in Pandoc, only if no space is inside either.
  const findDollar = forwardSearch(text, '$', unescapedAt);
  const findDoubleDollar = forwardSearch(text, '$$', unescapedAt);
  const findParen = forwardSearch(text, '\\)', unescapedAt);
  const findBracket = forwardSearch(text, '\\]', unescapedAt);
  const findBrace = forwardSearch(text, '}');
  const findTexSyntax = forwardPattern(text, /[\\^_{]/);

  function emit(value: string): void {
    if (value === '') return;
    if (link) {
      link.text += value;
      return;
    }
    const last = out.at(-1);
    if (last?.type === 'text' && sameStyle(last, style)) last.text += value;
    else out.push({ type: 'text', text: value, ...styled(style) });
  }

  function emitMath(tex: string, display: boolean): void {
    if (link) link.text += tex;
    else out.push({ type: 'math', tex: forKatex(tex), display });
  }

  function closeLink(): void {
    if (!link) return;
    const { href, text: linkText, style: linkStyle } = link;
    out.push({ type: 'link', href, text: linkText === '' ? href : linkText, ...styled(linkStyle) });
    link = null;
  }

  function closeGroup(): void {
    const frame = frames.pop();
    if (!frame) {
      emit('}');
      return;
    }
    if (frame.kind === 'brace') emit('}');
    else if (frame.kind === 'link') closeLink();
    style = frame.style;
    if (frame.kind === 'footnote') emit(')');
  }

  /** The raw `{…}` argument starting at `open`, or null when it is missing or never closed. */
  function rawArgument(open: number): { value: string; end: number } | null {
    if (text.charAt(open) !== '{') return null;
    const close = findBrace(open + 1);
    if (close === -1) return null;
    return { value: text.slice(open + 1, close).replace(/\\([%#&_~$])/g, '$1'), end: close + 1 };
  }

  /** Math between `start` and the delimiter found at `close`, if it holds anything. */
  function math(start: number, close: number, display: boolean): boolean {
    if (close === -1) return false;
    const tex = text.slice(start, close);
    if (tex.trim() === '') return false;
    // `$\unicode{x2014}$` is how some abstracts write a dash: text, not a formula.
    const only = /^\s*\\unicode\{\s*(x[0-9a-f]{1,6}|\d{1,7})\s*\}\s*$/i.exec(tex);
    const character = only?.[1] === undefined ? null : unicodeCharacter(only[1]);
    if (character !== null) emit(character);
    else emitMath(tex, display);
    return true;
  }

  /** The accented letter of an accent macro whose argument starts at `at` (`e`, `{e}`, `{\i}`). */
  function accented(mark: string, at: number, braced: boolean): { value: string; end: number } {
    const argument = /\{(?:([A-Za-z])|\\([ij])(?![A-Za-z]))?\}|([A-Za-z])/y;
    argument.lastIndex = at;
    const found = argument.exec(text);
    if (!found || (braced && found[3] !== undefined)) return { value: '', end: -1 };
    const letter = found[1] ?? found[2] ?? found[3];
    // Left decomposed, a letter and a combining mark, so that the letter itself stays in the text.
    return { value: letter === undefined ? '' : `${letter}${mark}`, end: argument.lastIndex };
  }

  /** Handles the control word `\name` whose name ends before `end`; returns where to go on. */
  function controlWord(start: number, end: number): number {
    const name = text.slice(start + 1, end);
    const letter = GREEK.get(name) ?? SYMBOLS.get(name) ?? TEXT_WORDS.get(name);
    if (letter !== undefined) {
      emit(letter);
      // `\Sigma{}` is how TeX authors keep a space after a macro; the empty group is not text.
      if (text.startsWith('{}', end)) return end + 2;
      // `\textbackslash n` is `\n`: as in TeX, the space only ends the macro's name.
      let next = end;
      if (GLUED_SYMBOLS.has(name)) while (/\s/.test(text.charAt(next))) next++;
      return next;
    }
    const abbreviation = ABBREVIATIONS.get(name);
    if (abbreviation !== undefined) {
      emit(text.charAt(end) === '.' ? abbreviation.slice(0, -1) : abbreviation);
      return text.startsWith('{}', end) ? end + 2 : end;
    }
    const styleName = STYLE_MACROS.get(name);
    if (styleName !== undefined && text.charAt(end) === '{') {
      frames.push({ kind: 'silent', style });
      style = withStyle(style, styleName);
      return end + 1;
    }
    const declared = DECLARATIONS.get(name);
    if (declared !== undefined) {
      style = withStyle(style, declared);
      let next = end;
      while (/\s/.test(text.charAt(next))) next++;
      return next;
    }
    const mark = ACCENTS.get(name);
    if (mark !== undefined) {
      const letterAt = accented(mark, end, true);
      if (letterAt.end !== -1 && letterAt.value !== '') {
        emit(letterAt.value);
        return letterAt.end;
      }
    }
    if (name === 'footnote' && text.charAt(end) === '{') {
      frames.push({ kind: 'footnote', style });
      emit(start === 0 || /\s/.test(text.charAt(start - 1)) ? '(' : ' (');
      return end + 1;
    }
    if (CITATIONS.has(name)) {
      const keys = rawArgument(end);
      if (keys) {
        // The bibliography is not in the abstract; the keys at least say which work is meant.
        emit(
          `[${keys.value
            .split(',')
            .map((key) => key.trim())
            .join(', ')}]`,
        );
        return keys.end;
      }
    }
    if (name === 'url') {
      const url = rawArgument(end);
      if (url) {
        if (!link && isSafeUrl(url.value)) {
          out.push({ type: 'link', href: url.value.trim(), text: url.value, ...styled(style) });
        } else {
          emit(url.value);
        }
        return url.end;
      }
    }
    if (name === 'href') {
      const url = rawArgument(end);
      if (url && text.charAt(url.end) === '{') {
        if (!link && isSafeUrl(url.value)) {
          link = { href: url.value.trim(), text: '', style };
          frames.push({ kind: 'link', style });
        } else {
          frames.push({ kind: 'silent', style });
        }
        return url.end + 1;
      }
    }
    emit(text.slice(start, end));
    return end;
  }

  function backslash(at: number): number {
    const next = text.charAt(at + 1);
    if (LETTER.test(next)) {
      let end = at + 2;
      while (end < text.length && LETTER.test(text.charAt(end))) end++;
      return controlWord(at, end);
    }
    if (next === '(') {
      const close = findParen(at + 2);
      if (math(at + 2, close, false)) return close + 2;
    } else if (next === '[') {
      const close = findBracket(at + 2);
      if (math(at + 2, close, true)) return close + 2;
    } else if (ESCAPED_SYMBOLS.has(next)) {
      emit(next);
      return at + 2;
    } else if (next === '-' || next === '/') {
      // A discretionary hyphen and an italic correction: nothing to show.
      return at + 2;
    } else {
      const mark = ACCENTS.get(next);
      if (mark !== undefined) {
        const letterAt = accented(mark, at + 2, false);
        if (letterAt.end !== -1) {
          // `\~{}` and `\^{}` are how TeX writes the bare tilde and circumflex.
          emit(letterAt.value === '' ? next : letterAt.value);
          return letterAt.end;
        }
      }
    }
    // Unknown control symbols (`\\`, `\,`, …) stay as written; a lone trailing `\` too.
    emit(text.slice(at, at + 2));
    return at + 2;
  }

  /** Whether the `$` at `at` is a currency sign rather than the start of a formula. */
  function isCurrency(at: number, close: number): boolean {
    AMOUNT.lastIndex = at + 1;
    if (!AMOUNT.test(text)) return false;
    // `$5 \times 5$` is a formula that starts with a number.
    if (close === -1 || /\s/.test(text.charAt(close - 1))) return true;
    const syntax = findTexSyntax(at + 1);
    return syntax === -1 || syntax > close;
  }

  function dollar(at: number): number {
    if (text.charAt(at + 1) === '$') {
      const close = findDoubleDollar(at + 2);
      if (math(at + 2, close, true)) return close + 2;
      emit('$$');
      return at + 2;
    }
    const close = findDollar(at + 1);
    const opens = close !== -1 && !/\s/.test(text.charAt(at + 1));
    if (opens && !/\s/.test(text.charAt(close - 1)) && !isCurrency(at, close)) {
      if (math(at + 1, close, false)) return close + 1;
    }
    emit('$');
    return at + 1;
  }

  /** A `{` that opens a TeX group (`{\it word}`, `PIXART-{\delta}`) rather than a literal brace. */
  function isTexGroup(at: number): boolean {
    return text.charAt(at + 1) === '\\' && /[A-Za-z'`^"~=.]/.test(text.charAt(at + 2));
  }

  // Characters that may start something other than plain text.
  const special = /[\\${}~`'-]/g;
  let at = 0;
  while (at < text.length) {
    special.lastIndex = at;
    const found = special.exec(text);
    const next = found ? found.index : text.length;
    emit(text.slice(at, next));
    if (!found) break;
    const char = found[0];
    const twice = text.charAt(next + 1) === char;
    switch (char) {
      case '\\':
        at = backslash(next);
        break;
      case '$':
        at = dollar(next);
        break;
      case '{':
        if (isTexGroup(next)) {
          frames.push({ kind: 'silent', style });
        } else {
          frames.push({ kind: 'brace', style });
          emit('{');
        }
        at = next + 1;
        break;
      case '}':
        closeGroup();
        at = next + 1;
        break;
      case '~':
        emit('\u00a0');
        at = next + 1;
        break;
      case '-': {
        const dashes = text.startsWith('---', next) ? 3 : twice ? 2 : 1;
        emit(dashes === 3 ? '—' : dashes === 2 ? '–' : '-');
        at = next + dashes;
        break;
      }
      case '`':
        emit(twice ? '“' : '‘');
        at = next + (twice ? 2 : 1);
        break;
      default:
        emit(twice ? '”' : '’');
        at = next + (twice ? 2 : 1);
    }
  }
  // An unclosed `\href{…}{` still links what follows; other open groups simply end with the text.
  closeLink();
  return out;
}

/**
 * A paper title as segments: TeX titles (`S$^2$R`, `$\mu$P`) typeset like an abstract, others as
 * one plain segment, exactly as written. Titles are link text themselves, so they hold no links.
 */
export function typesetTitle(title: string): Array<TextSegment | MathSegment> {
  if (!titleHoldsTex(title)) {
    return title === '' ? [] : [{ type: 'text', text: title, bold: false, italic: false }];
  }
  const out: Array<TextSegment | MathSegment> = [];
  for (const segment of typesetAbstract(title)) {
    if (segment.type === 'math') {
      out.push(segment);
      continue;
    }
    const style = styleOf(segment);
    const last = out.at(-1);
    if (last?.type === 'text' && sameStyle(last, style)) last.text += segment.text;
    else out.push({ type: 'text', text: segment.text, ...styled(style) });
  }
  return out;
}
