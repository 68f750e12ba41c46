/**
 * The digest writes one paragraph a line, where Markdown would read a single line break as a space
 * inside one paragraph.
 */
export function markdownParagraphs(text: string): string {
  return text.split('\n').join('\n\n');
}
