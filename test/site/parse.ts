/*
 * The site's output read back as browsers and feed readers read it. Test files that use these run
 * in jsdom (`// @vitest-environment jsdom`), whose DOMParser is jsdom's HTML and XML parser.
 */

/** `html` as a page's `<head>` holds it. */
export function parseHead(html: string): Document {
  return new DOMParser().parseFromString(`<head>${html}</head>`, 'text/html');
}

/** An XML document, or a failure naming the parser's complaint when it is not well-formed. */
export function parseXml(xml: string): Document {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  const error = document.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return document;
}

/** The `content` of the `<meta>` named `key` (by `name` or `property`); one value per element. */
export function metaContents(head: Document, key: string): (string | null)[] {
  return [...head.querySelectorAll(`meta[name="${key}"], meta[property="${key}"]`)].map((meta) =>
    meta.getAttribute('content'),
  );
}

export function metaContent(head: Document, key: string): string | null | undefined {
  return metaContents(head, key)[0];
}

/** The JSON of the page's JSON-LD script, parsed. */
export function jsonLd(head: Document): unknown {
  return JSON.parse(head.querySelector('script[type="application/ld+json"]')?.textContent ?? '');
}
