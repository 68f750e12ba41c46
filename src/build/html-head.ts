/**
 * Inserts `fragment` right after `<meta charset>`, which browsers look for in the first 1,024
 * bytes and which should therefore lead, or first in `<head>` when there is none. What is
 * inserted later comes first.
 */
export function insertAfterCharset(html: string, fragment: string): string {
  const anchor = /<meta\s+charset[^>]*>/i.exec(html) ?? /<head\b[^>]*>/i.exec(html);
  if (!anchor) throw new Error('The page has no <head> to insert into');
  const at = anchor.index + anchor[0].length;
  return `${html.slice(0, at)}\n    ${fragment}${html.slice(at)}`;
}
