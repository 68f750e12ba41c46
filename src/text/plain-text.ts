import { GREEK } from './greek.ts';
import { ABBREVIATIONS, SYMBOLS, TEXT_WORDS, scriptLetters } from './tex-symbols.ts';
import { titleHoldsTex } from './title-tex.ts';
import { typesetAbstract, typesetTitle, type Segment } from './typeset-abstract.ts';

/** Macros whose one argument is shown as it is: fonts, accents over a whole group, boxes. */
const WRAPPERS = /* @__PURE__ */ new Set([
  'text',
  'textrm',
  'textbf',
  'textit',
  'texttt',
  'textsf',
  'textsc',
  'emph',
  'mbox',
  'mathrm',
  'mathbf',
  'mathit',
  'mathsf',
  'mathtt',
  'mathcal',
  'mathbb',
  'mathfrak',
  'mathscr',
  'mathnormal',
  'boldsymbol',
  'bm',
  'operatorname',
  'underline',
  'overline',
  'hat',
  'widehat',
  'tilde',
  'widetilde',
  'bar',
  'vec',
  'dot',
  'ddot',
]);

/** Sizing and layout macros that print nothing. */
const INVISIBLE = /* @__PURE__ */ new Set([
  'left',
  'right',
  'big',
  'Big',
  'bigg',
  'Bigg',
  'bigl',
  'bigr',
  'Bigl',
  'Bigr',
  'biggl',
  'biggr',
  'displaystyle',
  'textstyle',
  'scriptstyle',
  'limits',
  'nolimits',
]);

const SPACES = /* @__PURE__ */ new Set([',', ';', ':', ' ', '>', '\\']);

const UNICODE_ARGUMENT = /\{\s*(x[0-9a-f]{1,6}|\d{1,7})\s*\}/iy;

interface Pending {
  need: number;
  args: string[];
  finish: (args: string[]) => string;
}

interface Group {
  out: string;
  pending: Pending[];
}

/**
 * Past this length an argument is wrapped in parentheses unread: reading it again at every level of
 * a deeply nested formula would make the conversion quadratic.
 */
const SHORT = 16;

/** `a` for a fraction or root: in parentheses when it is more than one letter or number. */
function operand(text: string): string {
  if (text.length > SHORT) return `(${text})`;
  const trimmed = text.trim();
  return /[^\p{L}\p{N}.√]/u.test(trimmed) && [...trimmed].length > 1 ? `(${trimmed})` : trimmed;
}

function script(kind: '^' | '_'): (args: string[]) => string {
  return ([argument = '']) => {
    if (argument.length > SHORT) return `${kind}${operand(argument)}`;
    const trimmed = argument.trim();
    if (trimmed === '') return '';
    return scriptLetters(trimmed, kind) ?? `${kind}${operand(trimmed)}`;
  };
}

/**
 * A TeX formula as readable Unicode text: Greek letters and symbols as characters (`\mu` μ, `\times`
 * ×), superscripts and subscripts in Unicode's small letters where it has them all (`S^2` S², `H_2`
 * H₂, else `B_crit`), fractions as `a/b`, roots as `√x`, font and accent macros as their argument.
 * Unknown macros keep their name without the backslash. Linear in the length, whatever the nesting.
 */
export function mathToPlainText(tex: string): string {
  const groups: Group[] = [{ out: '', pending: [] }];
  const current = (): Group => groups[groups.length - 1] ?? { out: '', pending: [] };

  function deliver(value: string): void {
    const group = current();
    let piece = value;
    for (let pending = group.pending.at(-1); pending; pending = group.pending.at(-1)) {
      pending.args.push(piece);
      if (pending.args.length < pending.need) return;
      group.pending.pop();
      piece = pending.finish(pending.args);
    }
    group.out += piece;
  }

  function expect(need: number, finish: (args: string[]) => string): void {
    current().pending.push({ need, args: [], finish });
  }

  function flush(group: Group): string {
    return group.out + group.pending.flatMap((pending) => pending.args).join('');
  }

  function controlWord(name: string, end: number): number {
    const character = GREEK.get(name) ?? SYMBOLS.get(name) ?? TEXT_WORDS.get(name);
    if (character !== undefined) deliver(character);
    else if (WRAPPERS.has(name)) expect(1, ([argument = '']) => argument);
    else if (name === 'frac' || name === 'dfrac' || name === 'tfrac') {
      expect(2, ([top = '', bottom = '']) => `${operand(top)}/${operand(bottom)}`);
    } else if (name === 'sqrt') expect(1, ([argument = '']) => `√${operand(argument)}`);
    else if (name === 'quad' || name === 'qquad') deliver(' ');
    else if (name === 'unicode') {
      UNICODE_ARGUMENT.lastIndex = end;
      const code = UNICODE_ARGUMENT.exec(tex)?.[1];
      if (code !== undefined) {
        const point = code.toLowerCase().startsWith('x') ? parseInt(code.slice(1), 16) : +code;
        if (point >= 0x20 && point <= 0x10ffff && !(point >= 0xd800 && point <= 0xdfff)) {
          deliver(String.fromCodePoint(point));
          return UNICODE_ARGUMENT.lastIndex;
        }
      }
      deliver(name);
    } else if (!INVISIBLE.has(name)) deliver(ABBREVIATIONS.get(name) ?? name);
    return end;
  }

  let at = 0;
  while (at < tex.length) {
    const char = tex.charAt(at);
    if (char === '\\') {
      let end = at + 1;
      while (end < tex.length && /[A-Za-z]/.test(tex.charAt(end))) end++;
      if (end > at + 1) {
        at = controlWord(tex.slice(at + 1, end), end);
        continue;
      }
      const symbol = tex.charAt(at + 1);
      if (SPACES.has(symbol)) deliver(' ');
      else if (symbol === '|') deliver('‖');
      else if (symbol !== '!') deliver(symbol);
      at += 2;
    } else if (char === '{') {
      groups.push({ out: '', pending: [] });
      at++;
    } else if (char === '}') {
      const group = groups.length > 1 ? groups.pop() : undefined;
      if (group) deliver(flush(group));
      at++;
    } else if (char === '^' || char === '_') {
      expect(1, script(char));
      at++;
    } else if (/\s/.test(char)) {
      // Spaces are not arguments (`x^ 2`); elsewhere they keep words and operators apart.
      if (current().pending.length === 0) current().out += ' ';
      at++;
    } else {
      const codePoint = tex.codePointAt(at) ?? 0;
      const whole = String.fromCodePoint(codePoint);
      deliver(whole === "'" ? '′' : whole === '~' || whole === '&' ? ' ' : whole);
      at += whole.length;
    }
  }
  while (groups.length > 1) {
    const group = groups.pop();
    if (group) deliver(flush(group));
  }
  return flush(current()).replace(/\s+/g, ' ').trim();
}

function segmentsToPlainText(segments: readonly Segment[]): string {
  return segments
    .map((segment) => (segment.type === 'math' ? mathToPlainText(segment.tex) : segment.text))
    .join('');
}

/**
 * LaTeX-flavoured text (an abstract) as plain text, read as {@link typesetAbstract} reads it, with
 * formulas through {@link mathToPlainText}.
 */
export function texToPlainText(text: string): string {
  return segmentsToPlainText(typesetAbstract(text));
}

/**
 * A paper title as plain text, for places markup cannot go (the document title, file exports):
 * `S$^2$R` → S²R, `$\mu$P` → μP. Titles without TeX come back exactly as written.
 */
export function plainTitle(title: string): string {
  return titleHoldsTex(title) ? segmentsToPlainText(typesetTitle(title)) : title;
}
