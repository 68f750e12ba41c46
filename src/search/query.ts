import { normalizeText } from './normalize';

/** Parts of an entry a term can be narrowed to with `field:`. */
export type SearchField = 'title' | 'author' | 'abstract' | 'commentary' | 'tag';

export interface QueryTerm {
  /** Normalised text (see `normalizeText`), never empty, matched as a substring. */
  readonly text: string;
  /** The part of the entry the term must occur in, or null for anywhere. */
  readonly field: SearchField | null;
  /** True for `-term`: entries containing the term are left out. */
  readonly exclude: boolean;
  /**
   * True for a quoted author (`author:"Jian Li"`): the term is one author's whole name, so it
   * finds neither `Jian Liu` nor `Xiaojian Li`, nor the affiliation.
   */
  readonly wholeName: boolean;
}

/** A parsed query: an entry matches when it contains every kept term and no excluded one. */
export interface Query {
  readonly terms: readonly QueryTerm[];
}

const FIELD_PREFIX = /^(title|author|abstract|commentary|tag):/i;
const SPACE = /\s/;

/**
 * Reads the search box. Words are all required; `"several words"` is one phrase; a leading `-`
 * excludes a word or phrase; `title:`, `author:`, `abstract:`, `commentary:` and `tag:` narrow a
 * word or phrase to that field (`-author:x` too), and `author:"…"` to one author's whole name,
 * once its quote is closed (until then it finds names as they are typed). An unknown `foo:bar` is a plain word, and an
 * unclosed quote runs to the end of the input: the box is read while it is being typed, so
 * every input is a query and nothing throws. Empty words, such as a lone `-` or `tag:` still
 * waiting for its value, are dropped.
 */
export function parseQuery(input: string): Query {
  const terms: QueryTerm[] = [];
  let at = 0;
  while (at < input.length) {
    if (SPACE.test(input[at] ?? '')) {
      at++;
      continue;
    }
    const exclude = input[at] === '-';
    if (exclude) at++;
    const prefix = FIELD_PREFIX.exec(input.slice(at, at + 12));
    const field = prefix ? (prefix[1]?.toLowerCase() as SearchField) : null;
    if (prefix) at += prefix[0].length;
    let raw: string;
    let wholeName = false;
    if (input[at] === '"') {
      const close = input.indexOf('"', at + 1);
      const end = close === -1 ? input.length : close;
      raw = input.slice(at + 1, end);
      at = end + 1;
      wholeName = field === 'author' && close !== -1;
    } else {
      const start = at;
      while (at < input.length && !SPACE.test(input[at] ?? '')) at++;
      raw = input.slice(start, at);
    }
    const text = normalizeText(raw).trim();
    if (text !== '') terms.push({ text, field, exclude, wholeName });
  }
  return { terms };
}
