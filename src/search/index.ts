/**
 * Full-text search over digest entries: plain TypeScript, no React or DOM.
 *
 * - `parseQuery(input)` reads the search box: words (all required), `"phrases"`, `-exclusions`,
 *   and `title:`, `author:`, `abstract:`, `commentary:`, `tag:` filters. It never throws.
 * - `normalizeText(text)` is the form both sides are compared in: NFC, lower case, whitespace runs
 *   as one space. A decomposed (macOS) query finds composed text and the other way round.
 * - `createSearchIndex(entries)` prepares entries once; `search(index, query)` returns the ids of
 *   the entries that match, in digest order. A term matches as a substring of the normalised text,
 *   not as a word, since Korean attaches particles to stems: `모델` finds `모델을`, `학습` finds
 *   `강화학습`. Title, authors, affiliation, abstract, commentary, its English rendering and the
 *   tags (also as `#tag`) are searched.
 * - `searchIncremental(index, query, previous)` is `search` for a query being typed: it passes the
 *   previous result, and when the new query can only match fewer entries it looks at those alone.
 * - `highlights(entry, query)` gives the ranges to mark in each field's original text.
 *
 * Results are exactly those of checking `includes` for every term against every entry; the index
 * only makes that fast. It lists, per character and per pair of characters, the entries that
 * contain it, with the characters seen around each pair; a query's terms look up their pairs, the
 * lists are intersected, and the few entries left are checked with `includes`.
 */
export { parseQuery, type Query, type QueryTerm, type SearchField } from './query';
export { normalizeText, normalizeWithOffsets, type NormalizedText } from './normalize';
export {
  createSearchIndex,
  search,
  searchIncremental,
  type SearchIndex,
  type SearchResult,
} from './search';
export { highlights, type Highlights, type Range } from './highlight';
