import type { DigestEntry } from '../digest';
import type { SearchField } from './query';

/**
 * The searchable parts of an entry, in the order the index keeps them. Authors are joined as the list shows them;
 * tags are written `#tag`, so that both `llm` and `#llm` find the tag llm.
 */
export const PARTS = [
  'title',
  'authors',
  'affiliation',
  'abstract',
  'commentary',
  'translation',
  'tags',
] as const;

export type Part = (typeof PARTS)[number];

/** The parts a field filter looks at: the affiliation belongs to the authors line, the English
 * rendering to the commentary. Each field is a run of neighbouring parts. */
export const FIELD_PARTS: Record<SearchField, readonly [first: number, last: number]> = {
  title: [0, 0],
  author: [1, 2],
  abstract: [3, 3],
  commentary: [4, 5],
  tag: [6, 6],
};

/** How authors and tags are written in their parts' text. */
export const AUTHOR_SEPARATOR = ', ';
/** Where the authors part is; a whole-name term looks there, not in the affiliation. */
export const AUTHORS_PART = PARTS.indexOf('authors');
export const TAG_MARK = '#';
export const TAG_SEPARATOR = ' ';

/**
 * Whether `name` at `at` in normalised authors text is one author's whole name. Names never hold
 * a comma (the digest splits them at commas), so a comma bounds each, with the spaces around it.
 */
export function isWholeNameAt(authors: string, at: number, length: number): boolean {
  const before = authors.slice(authors.lastIndexOf(',', at - 1) + 1, at);
  const next = authors.indexOf(',', at);
  const end = next === -1 ? authors.length : next;
  return (
    end >= at + length && before.trim() === '' && authors.slice(at + length, end).trim() === ''
  );
}

/** What the index reads of an entry: enough to hand entries to a worker without the rest. */
export type SearchableEntry = Pick<
  DigestEntry,
  'id' | 'title' | 'authors' | 'affiliation' | 'abstract' | 'commentary' | 'translation' | 'tags'
>;

/** The original text of every part, in {@link PARTS} order. */
export function partTexts(entry: SearchableEntry): string[] {
  return [
    entry.title,
    entry.authors.join(AUTHOR_SEPARATOR),
    entry.affiliation,
    entry.abstract,
    entry.commentary,
    entry.translation,
    entry.tags.map((tag) => TAG_MARK + tag).join(TAG_SEPARATOR),
  ];
}
