const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const HTML_SPECIAL = /[&<>"']/g;
const HAS_HTML_SPECIAL = /[&<>"']/;

/** Text as it may stand in HTML or XML, as element content or as a quoted attribute value. */
export function escapeHtml(text: string): string {
  // Most text has nothing to escape; testing first spares building a copy of it.
  if (!HAS_HTML_SPECIAL.test(text)) return text;
  return text.replace(HTML_SPECIAL, (char) => HTML_ESCAPES[char] ?? char);
}

const SCRIPT_ESCAPES: Readonly<Record<string, string>> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};
const SCRIPT_BREAKERS = /[<>&\u2028\u2029]/g;

/**
 * `value` as JSON that can stand inside a `<script>` element: `<`, `>` and `&` are escaped, so no
 * text can close the element or open a comment in it, and so are the line separators that older
 * JavaScript parsers break on. It parses to the same value.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(SCRIPT_BREAKERS, (char) => SCRIPT_ESCAPES[char] ?? char);
}

/**
 * Characters XML 1.0 forbids even when escaped: control characters other than tab and line ends,
 * lone surrogates, U+FFFE and U+FFFF. One of them makes a whole feed or sitemap unreadable.
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** `text` without the characters XML cannot hold (see {@link NOT_XML}). */
export function xmlCharacters(text: string): string {
  return text.replace(NOT_XML, '');
}
