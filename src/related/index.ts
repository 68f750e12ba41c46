/**
 * Related papers: for one paper of a digest, the papers most like it, each with what it shares
 * with it. Plain TypeScript, no React or DOM; the app runs it in a worker.
 *
 * - `new RelatedIndex()`, then `add(entries)` as the digest arrives: each paper's text is read
 *   once, when it is added.
 * - `related(id, { count })` returns the `count` most similar papers, best first, with their
 *   shared tags, shared authors and the most telling words both use (`RelatedPaper`).
 *
 * Similarity is a weighted sum of cosines over four fields: English words of the title, abstract
 * and commentary (a crude plural stem, function words left out), pairs of Hangul syllables of the
 * commentary (Korean glues particles to words, `모델을`, `모델이`, and pairs match where whole
 * words would not), authors, and tags. Weights are tf-idf with a dampened idf and pivoted
 * lengths; the terms of the paper's closest matches are added to its own before a second look-up
 * (pseudo relevance feedback). `npm run bench:related` measures it against baselines.
 */
export { RelatedIndex, type RelatedOptions, type RelatedPaper } from './related-index.ts';
export type { RelatableEntry } from './features.ts';
export type { Reason } from './reason.ts';
