import type { DigestEntry } from '../../src/digest';
import { normalizeText } from '../../src/search';

/**
 * The plain-scan reference for search: one normalised string per entry holding every searched
 * field, tags as `#tag`. A query matches where `includes()` finds each kept term and no excluded one.
 */
export function scanHaystack(entry: DigestEntry): string {
  return [
    entry.title,
    entry.authors.join(', '),
    entry.affiliation,
    entry.abstract,
    entry.commentary,
    entry.translation,
    entry.tags.map((tag) => `#${tag}`).join(' '),
  ]
    .map(normalizeText)
    .join('\n');
}
