import { GREEK } from './greek';
import { isSafeUrl } from './safe-url';
import { forwardSearch, isEscaped } from './scan';

/** Running text. Adjacent text with the same emphasis is always merged into one segment. */
export interface TextSegment {
  type: 'text';
  text: string;
  bold: boolean;
  italic: boolean;
}

/** A link whose `href` has passed {@link isSafeUrl}. */
export interface LinkSegment {
  type: 'link';
  href: string;
  text: string;
  bold: boolean;
  italic: boolean;
}

/** TeX source of a formula, without its delimiters. `display` is set for `$$…$$` and `\[…\]`. */
export interface MathSegment {
  type: 'math';
  tex: string;
  display: boolean;
}

export type Segment = TextSegment | LinkSegment | MathSegment;

const STYLE_MACROS: ReadonlyMap<string, 'bold' | 'italic'> = new Map([
  ['textbf', 'bold'],
  ['emph', 'italic'],
  ['textit', 'italic'],
]);

const WORD_MACROS: ReadonlyMap<string, string> = new Map([
  ['ldots', '…'],
  ['dots', '…'],
]);

/** `\x` escapes that stand for the character itself, plus the control space (`et al.\ `). */
const ESCAPED_SYMBOLS = new Set(['%', '&', '$', '#', '_', '{', '}', ' ']);

const LETTER = /[A-Za-z]/;

/**
 * An open `{…}` group and what its `}` undoes: emphasis, a literal brace to echo, an open link, or
 * nothing for the text of an `\href` that is not linked, whose braces are markup.
 */
type Frame =
  | { kind: 'style'; bold: boolean; italic: boolean }
  | { kind: 'brace' }
  | { kind: 'link' }
  | { kind: 'silent' };

interface OpenLink {
  href: string;
  text: string;
  bold: boolean;
  italic: boolean;
}

/**
 * Turns the LaTeX-flavoured text of an arXiv abstract into segments for reading: `\textbf`,
 * `\emph`/`\textit`, Greek letter macros, `~` (no-break space), TeX quotes (`` `x' `` ‘x’,
 * ``` ``x'' ``` “x”, so every `'` becomes ’), `\%`-style escapes, `$…$`, `$$…$$`, `\(…\)`, `\[…\]`,
 * `\href` and `\url`. Anything else, unknown macros included, is kept as written, so no letter is
 * lost but the address of an `\href` that is not linked. Runs in linear time and accepts any string.
 */
export function typesetAbstract(text: string): Segment[] {
  const out: Segment[] = [];
  const frames: Frame[] = [];
  let bold = false;
  let italic = false;
  // While a link is open its text is collected here, flat: a link cannot hold emphasis or formulas.
  let link: OpenLink | null = null;

  const unescapedAt = (at: number) => !isEscaped(text, at);
  // Pandoc's rule, which keeps `$5 and $10` from becoming math: no space inside either dollar and
  // no digit right after the closing one.
  const findDollar = forwardSearch(
    text,
    '$',
    (at) => unescapedAt(at) && !/\s/.test(text.charAt(at - 1)) && !/\d/.test(text.charAt(at + 1)),
  );
  const findDoubleDollar = forwardSearch(text, '$$', unescapedAt);
  const findParen = forwardSearch(text, '\\)', unescapedAt);
  const findBracket = forwardSearch(text, '\\]', unescapedAt);
  const findBrace = forwardSearch(text, '}');

  function emit(value: string): void {
    if (value === '') return;
    if (link) {
      link.text += value;
      return;
    }
    const last = out.at(-1);
    if (last?.type === 'text' && last.bold === bold && last.italic === italic) last.text += value;
    else out.push({ type: 'text', text: value, bold, italic });
  }

  function emitMath(tex: string, display: boolean): void {
    if (link) link.text += tex;
    else out.push({ type: 'math', tex, display });
  }

  function closeLink(): void {
    if (!link) return;
    out.push({ type: 'link', ...link, text: link.text === '' ? link.href : link.text });
    link = null;
  }

  function closeGroup(): void {
    const frame = frames.pop();
    if (!frame) {
      emit('}');
      return;
    }
    if (frame.kind === 'style') {
      bold = frame.bold;
      italic = frame.italic;
    } else if (frame.kind === 'brace') {
      emit('}');
    } else if (frame.kind === 'link') {
      closeLink();
    }
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
    emitMath(tex, display);
    return true;
  }

  /** Handles the control word `\name` whose name ends before `end`; returns where to go on. */
  function controlWord(start: number, end: number): number {
    const name = text.slice(start + 1, end);
    const letter = GREEK.get(name) ?? WORD_MACROS.get(name);
    if (letter !== undefined) {
      emit(letter);
      // `\Sigma{}` is how TeX authors keep a space after a macro; the empty group is not text.
      return text.startsWith('{}', end) ? end + 2 : end;
    }
    const style = STYLE_MACROS.get(name);
    if (style !== undefined && text.charAt(end) === '{') {
      frames.push({ kind: 'style', bold, italic });
      if (style === 'bold') bold = true;
      else italic = true;
      return end + 1;
    }
    if (name === 'url') {
      const url = rawArgument(end);
      if (url) {
        if (!link && isSafeUrl(url.value)) {
          out.push({ type: 'link', href: url.value.trim(), text: url.value, bold, italic });
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
          link = { href: url.value.trim(), text: '', bold, italic };
          frames.push({ kind: 'link' });
        } else {
          frames.push({ kind: 'silent' });
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
    }
    // Unknown control symbols (`\\`, `\,`, …) stay as written; a lone trailing `\` too.
    emit(text.slice(at, at + 2));
    return at + 2;
  }

  function dollar(at: number): number {
    if (text.charAt(at + 1) === '$') {
      const close = findDoubleDollar(at + 2);
      if (math(at + 2, close, true)) return close + 2;
      emit('$$');
      return at + 2;
    }
    if (!/\s/.test(text.charAt(at + 1))) {
      const close = findDollar(at + 1);
      if (math(at + 1, close, false)) return close + 1;
    }
    emit('$');
    return at + 1;
  }

  // Characters that may start something other than plain text.
  const special = /[\\${}~`']/g;
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
        frames.push({ kind: 'brace' });
        emit('{');
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
