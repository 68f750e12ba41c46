import { hasMath } from '../text/has-math.ts';
import { texToPlainText } from '../text/plain-text.ts';

/*
 * Commentary is light Markdown (the app renders it with GFM and math). Where markup cannot go, a
 * description or a feed, it is read as the text a reader sees: marks dropped, formulas in Unicode.
 */

/** `![alt](src)` and `[text](href)`, with the text kept; images show their alt text in the app too. */
const MARKDOWN_LINK = /!?\[([^\]\n]*)\]\([^)\s]*(?:\s+"[^"]*")?\)/g;
/** `<https://…>` autolinks. */
const AUTOLINK = /<((?:https?:|mailto:)[^\s<>]+)>/gi;
/** `code`, split out with its text captured: it is read as written, neither Markdown nor math. */
const CODE_SPAN = /`+([^`]+)`+/;
/** `**strong**`, `__strong__`, `~~struck~~` and `*emphasis*`; a lone `_` (snake_case) is a letter. */
const EMPHASIS = /(\*\*|__|~~)(?=\S)([\s\S]*?\S)\1|\*(?=[^\s*])([^*]*?[^\s*])\*/g;
/** Heading, quote and list marks that open a line. */
const LINE_MARK = /^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d{1,9}[.)]\s+)/;
/** Markdown's backslash escapes of punctuation, where no math needs the backslash. */
const ESCAPED_PUNCTUATION = /\\([!-/:-@[-`{-~])/g;

function markdownPlainText(markdown: string): string {
  const text = markdown.replace(MARKDOWN_LINK, '$1').replace(AUTOLINK, '$1');
  const unescaped = hasMath(text) ? texToPlainText(text) : text.replace(ESCAPED_PUNCTUATION, '$1');
  return unescaped.replace(EMPHASIS, '$2$3');
}

function paragraphPlainText(paragraph: string): string {
  // Splitting on a pattern with a group leaves each code span's text at the odd indices.
  return paragraph
    .replace(LINE_MARK, '')
    .split(CODE_SPAN)
    .map((part, index) => (index % 2 === 1 ? part : markdownPlainText(part)))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The commentary's paragraphs as plain text, blank ones left out. With `enough`, paragraphs stop
 * once they hold that many characters, so that a description does not convert a long commentary.
 */
export function commentaryParagraphs(commentary: string, enough = Infinity): string[] {
  const paragraphs: string[] = [];
  let length = 0;
  for (const paragraph of commentary.split('\n')) {
    if (length >= enough) break;
    const text = paragraphPlainText(paragraph);
    if (text === '') continue;
    paragraphs.push(text);
    length += text.length + 1;
  }
  return paragraphs;
}

/** What search engines show of a description, give or take; longer ones are cut. */
export const DESCRIPTION_LENGTH = 150;

/**
 * `text`, its words apart by single spaces, cut to at most `limit` characters (code points) at the
 * end of a word, with `…` added when anything was cut. A text with no space early enough (one long
 * word) is cut mid-word instead.
 */
export function clipAtWord(text: string, limit = DESCRIPTION_LENGTH): string {
  if (text.length <= limit) return text;
  // Walks `limit` code points; `cut` ends up after the first `limit - 1`, leaving room for the `…`.
  let cut = 0;
  let end = 0;
  for (let count = 0; count < limit; count++) {
    cut = end;
    end += (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
  }
  if (end >= text.length) return text;
  const kept = text.slice(0, cut);
  const lastSpace = kept.lastIndexOf(' ');
  const atWord = text[cut] === ' ' ? kept : lastSpace > limit / 2 ? kept.slice(0, lastSpace) : kept;
  return `${atWord.replace(/[\s,.;:·]+$/, '')}…`;
}
