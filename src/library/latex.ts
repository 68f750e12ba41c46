/**
 * Text as LaTeX for BibTeX field values. BibTeX counts every brace in a field, escaped or not, so
 * a field must keep its braces balanced as raw characters: a brace that has a partner is written
 * `\{`/`\}`, a lone one as `\textbraceleft{}`/`\textbraceright{}`. Non-ASCII text (Korean) passes
 * through, since the file is UTF-8.
 */
import {
  GREEK,
  SYMBOLS,
  titleHoldsTex,
  typesetAbstract,
  typesetTitle,
  type Segment,
} from '../text/index.ts';

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
 * A paper title as LaTeX: a title written with TeX (`S$^2$R`, `$μ$P`) keeps its formulas as math,
 * Unicode Greek and symbols inside them as macros (`$\mu$P`), and its text macros as LaTeX; any
 * other title is plain text.
 */
export function latexTitle(title: string): string {
  return titleHoldsTex(title) ? latexSegments(typesetTitle(title)) : latexText(title);
}

/** An arXiv abstract, LaTeX-flavoured text, read as the reader shows it and written back as LaTeX. */
export function latexAbstract(abstract: string): string {
  return latexSegments(typesetAbstract(abstract));
}

function latexSegments(segments: readonly Segment[]): string {
  const out = segments.map((segment) => {
    if (segment.type === 'math') {
      const { tex } = segment;
      // A formula that would unbalance the field or end early is text.
      return bracesBalance(tex) && !/(?<!\\)\$/.test(tex)
        ? escapeMath(unicodeAsMacros(tex))
        : escapeText(`$${tex}$`);
    }
    let tex = escapeText(segment.text).replaceAll('\u00a0', '~');
    if (segment.type === 'link') {
      tex =
        segment.text === segment.href
          ? `\\url{${latexUrl(segment.href)}}`
          : `\\href{${latexUrl(segment.href)}}{${tex}}`;
    }
    if (segment.code) tex = `\\texttt{${tex}}`;
    if (segment.underline) tex = `\\underline{${tex}}`;
    if (segment.italic) tex = `\\emph{${tex}}`;
    if (segment.bold) tex = `\\textbf{${tex}}`;
    return tex;
  });
  return oneLine(out.join(''));
}

const MACROS_OF_CHARACTERS: ReadonlyMap<string, string> = /* @__PURE__ */ new Map(
  [...GREEK, ...SYMBOLS]
    .filter(([, character]) => character.charCodeAt(0) > 0x7f)
    .reverse()
    .map(([name, character]) => [character, name]),
);

/** `μ` → `\mu`: Unicode letters and symbols inside math, which LaTeX's math fonts lack. */
function unicodeAsMacros(tex: string): string {
  let out = '';
  for (let i = 0; i < tex.length; i++) {
    const name = MACROS_OF_CHARACTERS.get(tex.charAt(i));
    if (name === undefined) {
      out += tex.charAt(i);
      continue;
    }
    out += `\\${name}`;
    if (/[A-Za-z]/.test(tex.charAt(i + 1))) out += ' ';
  }
  return out;
}

/**
 * A URL for `\url{…}` in a field. `\url` reads most characters as they are, but within a BibTeX
 * field `%` and `#` need a backslash, and braces, backslashes and whitespace are percent-encoded
 * so that they cannot unbalance or break the field.
 */
export function latexUrl(url: string): string {
  return verbatimUrl(url).replace(/[%#]/g, '\\$&');
}

/**
 * A URL for a BibTeX `url` field, which styles read verbatim: only braces, backslashes and
 * whitespace, which could unbalance or break the field, are percent-encoded.
 */
export function verbatimUrl(url: string): string {
  return url.replace(
    /[{}\\\s]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
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
