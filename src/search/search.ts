import { PARTS, partTexts, type SearchableEntry } from './fields';
import { buildGramIndex } from './gram-index';
import { normalizeTexts } from './normalize';
import { parseQuery, type Query, type QueryTerm, type SearchField } from './query';
import { planTerm, restrict, size, type TermPlan } from './term-plan';
import {
  PART_STRIDE,
  atEntries,
  verified,
  withWholeName,
  type Corpus,
  type Hint,
  type Occurrences,
} from './verify';

/** A digest prepared for search by {@link createSearchIndex}. Its fields are internal. */
export interface SearchIndex extends Corpus {
  readonly entries: readonly SearchableEntry[];
  readonly ids: readonly string[];
  /**
   * The results this index returned (the only ones `searchIncremental` builds on), each with
   * where its checked terms first occur in its entries.
   */
  readonly memory: WeakMap<SearchResult, readonly Remembered[]>;
}

export interface SearchResult {
  /** The query as parsed. */
  readonly query: Query;
  /** Ids of the matching entries, in digest order. */
  readonly ids: readonly string[];
  /** Positions of the matching entries in the indexed array, ascending. */
  readonly positions: Int32Array;
}

/** Where a term first occurs in each entry of a result, in the order of its positions. */
interface Remembered {
  readonly term: QueryTerm;
  readonly at: Int32Array;
}

export function createSearchIndex(entries: readonly SearchableEntry[]): SearchIndex {
  return openSearchIndex(entries, buildCorpus(entries));
}

/**
 * The costly part of an index: the entries' normalised text and its gram index. It is plain
 * data (strings, typed arrays and a map), so a worker can build it and post it to the page.
 */
export function buildCorpus(entries: readonly SearchableEntry[]): Corpus {
  // Normalised part by part across the entries (all titles, then all abstracts, …), so that each
  // chunk `normalizeTexts` joins is text of one kind, and English stays one-byte where it is.
  const texts = entries.map(partTexts);
  const byPart = PARTS.map((_, p) => normalizeTexts(texts.map((parts) => parts[p] ?? '')));
  const parts = new Array<string>(entries.length * PARTS.length);
  const partStarts = new Int32Array(entries.length * PART_STRIDE);
  for (let e = 0; e < entries.length; e++) {
    let start = 0;
    for (let p = 0; p < PARTS.length; p++) {
      const part = byPart[p]?.[e] ?? '';
      parts[e * PARTS.length + p] = part;
      partStarts[e * PART_STRIDE + p] = start;
      start += part.length + 1;
    }
    partStarts[e * PART_STRIDE + PARTS.length] = start;
  }
  return { parts, partStarts, grams: buildGramIndex(parts, PARTS.length) };
}

/** The index of `entries` from their corpus, which must have been built from the same entries. */
export function openSearchIndex(entries: readonly SearchableEntry[], corpus: Corpus): SearchIndex {
  const { parts, partStarts, grams } = corpus;
  return {
    entries,
    ids: entries.map((entry) => entry.id),
    parts,
    partStarts,
    grams,
    memory: new WeakMap(),
  };
}

/** The entries that contain every kept term of the query and no excluded one, in digest order. */
export function search(index: SearchIndex, query: Query | string): SearchResult {
  return run(index, typeof query === 'string' ? parseQuery(query) : query, null);
}

/**
 * `search`, made cheap while the query is being typed. When every entry the new query matches is
 * sure to be among the `previous` result's (a letter, a word or an exclusion was added), only
 * those are looked at; terms the previous query had are not checked again; and a term that
 * grew from one of them is looked for where that one was found. Otherwise, or when `previous`
 * came from another index, it is a plain `search`.
 */
export function searchIncremental(
  index: SearchIndex,
  query: Query | string,
  previous: SearchResult | null | undefined,
): SearchResult {
  const parsed = typeof query === 'string' ? parseQuery(query) : query;
  const base =
    previous && index.memory.has(previous) && narrows(parsed, previous.query) ? previous : null;
  return run(index, parsed, base);
}

function run(index: SearchIndex, query: Query, base: SearchResult | null): SearchResult {
  const remembered = (base && index.memory.get(base)) ?? [];
  const known = base?.query.terms ?? [];
  const fresh = query.terms.filter((term) => !known.some((old) => sameTerm(old, term)));
  const plans: TermPlan[] = [];
  for (const term of fresh) {
    if (term.exclude) continue;
    const plan = planTerm(index.grams, term);
    if (!plan) return finish(index, query, new Int32Array(0), []);
    plans.push(plan);
  }
  plans.sort((a, b) => size(a.tests[0]) - size(b.tests[0]));

  let candidates = base?.positions ?? null;
  for (const plan of plans) candidates = restrict(candidates, plan.tests);
  candidates ??= allPositions(index.entries.length);
  const found: Array<{ term: QueryTerm; occurrences: Occurrences }> = [];
  for (const plan of plans) {
    if (plan.exact) continue;
    const hint = base && hintFor(plan.term, base, remembered);
    let occurrences = verified(index, candidates, plan, hint);
    if (plan.term.wholeName) occurrences = withWholeName(index, occurrences, plan.term.text);
    candidates = occurrences.entries;
    found.push({ term: plan.term, occurrences });
  }
  for (const term of fresh) {
    if (!term.exclude) continue;
    const plan = planTerm(index.grams, term);
    // A term with a gram that occurs nowhere excludes nothing.
    if (!plan) continue;
    const suspects = restrict(candidates, plan.tests) ?? candidates;
    let excluded = suspects;
    if (!plan.exact) {
      const found = verified(index, suspects, plan, null);
      excluded = (term.wholeName ? withWholeName(index, found, term.text) : found).entries;
    }
    if (excluded.length > 0) candidates = without(candidates, excluded);
  }

  const final = candidates;
  const kept: Remembered[] = found.map(({ term, occurrences }) => ({
    term,
    at: atEntries(occurrences, final),
  }));
  if (base) {
    for (const { term, at } of remembered) {
      if (query.terms.some((next) => sameTerm(next, term))) {
        kept.push({ term, at: atEntries({ entries: base.positions, at }, final) });
      }
    }
  }
  return finish(index, query, final, kept);
}

function finish(
  index: SearchIndex,
  query: Query,
  positions: Int32Array,
  remembered: readonly Remembered[],
): SearchResult {
  const ids = new Array<string>(positions.length);
  for (let i = 0; i < positions.length; i++) ids[i] = index.ids[positions[i] ?? 0] ?? '';
  // Copy out of the scratch buffer the positions may be a view of, so it can be collected.
  const result = { query, ids, positions: positions.slice() };
  index.memory.set(result, remembered);
  return result;
}

/** The longest remembered term that the term contains, as a hint where to look for it. */
function hintFor(
  term: QueryTerm,
  base: SearchResult,
  remembered: readonly Remembered[],
): Hint | null {
  let best: Remembered | null = null;
  for (const old of remembered) {
    if (!within(term.field, old.term.field) || !term.text.includes(old.term.text)) continue;
    if (!best || old.term.text.length > best.term.text.length) best = old;
  }
  if (!best) return null;
  return {
    entries: base.positions,
    at: best.at,
    offset: term.text.indexOf(best.term.text),
    length: best.term.text.length,
  };
}

/** `candidates` without `removed`; both ascending, `removed` a subset. */
function without(candidates: Int32Array, removed: Int32Array): Int32Array {
  const out = new Int32Array(candidates.length - removed.length);
  let count = 0;
  let r = 0;
  for (let i = 0; i < candidates.length; i++) {
    const entry = candidates[i] ?? 0;
    if (entry === removed[r]) r++;
    else out[count++] = entry;
  }
  return out;
}

function allPositions(count: number): Int32Array {
  const all = new Int32Array(count);
  for (let i = 0; i < count; i++) all[i] = i;
  return all;
}

function sameTerm(a: QueryTerm, b: QueryTerm): boolean {
  return (
    a.text === b.text &&
    a.field === b.field &&
    a.exclude === b.exclude &&
    a.wholeName === b.wholeName
  );
}

/** Whether a field filter is at least as narrow as another (null is the whole entry). */
function within(inner: SearchField | null, outer: SearchField | null): boolean {
  return outer === null || inner === outer;
}

/**
 * Whether every entry that contains `inner` surely contains `outer`: `outer` is inside `inner`
 * (in the same field or a wider one). A whole name is only sure to be there as that whole name.
 */
function implies(inner: QueryTerm, outer: QueryTerm): boolean {
  if (!within(inner.field, outer.field)) return false;
  if (outer.wholeName) return inner.wholeName && inner.text === outer.text;
  return inner.text.includes(outer.text);
}

/**
 * Whether every entry `next` matches surely matches `previous`: each kept term of `previous` is
 * implied by a kept term of `next`, and each excluded term of `previous` implies an excluded term
 * of `next`.
 */
function narrows(next: Query, previous: Query): boolean {
  return previous.terms.every((old) =>
    next.terms.some((term) =>
      old.exclude ? term.exclude && implies(old, term) : !term.exclude && implies(term, old),
    ),
  );
}
