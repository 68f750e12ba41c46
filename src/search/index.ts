/**
 * Full-text search over digest entries: plain TypeScript, no React or DOM.
 *
 * - `parseQuery(input)` reads the search box: words (all required), `"phrases"`, `-exclusions`,
 *   and `title:`, `author:` (with the affiliation), `abstract:`, `commentary:` (with its English
 *   rendering) and `tag:` filters; `author:"Jian Li"` is one author's whole name, as an author's
 *   page lists them. Every input is a query; it never throws.
 * - `normalizeText(text)` is the form both sides are compared in: NFC, lower case, Latin and Greek
 *   without accents, whitespace runs as one space. A decomposed (macOS) query finds composed text
 *   and the other way round, and `jose` finds `José`.
 * - `createSearchIndex(entries)` prepares entries once; `search(index, query)` returns the ids of
 *   the entries that match, in digest order. A term matches as a substring of the normalised text,
 *   not as a word, since Korean attaches particles to stems: `모델` finds `모델을`, `학습` finds
 *   `강화학습`. Title, authors, affiliation, abstract, commentary, its English rendering and the
 *   tags (written `#tag`, so `#llm` works) are searched; no match spans two of them.
 * - `buildCorpus(entries)` is the costly part of `createSearchIndex`, as plain data that a worker
 *   can build and post to the page; `openSearchIndex(entries, corpus)` makes it an index there.
 * - `searchIncremental(index, query, previous)` is `search` for a query being typed: given the
 *   previous result, when the new query can only match fewer entries it looks at those alone.
 * - `highlights(entry, query)` gives the ranges to mark in each field's original text. They are
 *   found in the normalised text and mapped back through `normalizeWithOffsets`, which normalises
 *   piece by piece and remembers where each piece came from, since NFC and lower-casing change
 *   lengths. Searching needs no offsets, so it normalises whole fields, which is faster.
 *
 * Results are exactly those of checking `includes` of every term in every entry; the index only
 * makes that fast. It lists, per character and per pair of characters, the entries that contain
 * it, and for each pair in each entry where it first occurs and which characters follow it. A
 * term of one or two characters is answered by one list, and one of three characters nearly
 * always by one list and the followers; a longer term intersects the lists of its pairs and then
 * checks the few entries left, starting where its pairs first occur, or, while it is being typed,
 * where the shorter term was found.
 */
export { parseQuery, type Query, type QueryTerm, type SearchField } from './query';
export { normalizeText, normalizeWithOffsets, type NormalizedText } from './normalize';
export type { SearchableEntry } from './fields';
export type { Corpus as SearchCorpus } from './verify';
export {
  buildCorpus,
  createSearchIndex,
  openSearchIndex,
  search,
  searchIncremental,
  type SearchIndex,
  type SearchResult,
} from './search';
export { highlights, type Highlights, type Range } from './highlight';
