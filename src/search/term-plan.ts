import {
  bigramId,
  followBit,
  isIndexedPair,
  type GramIndex,
  type PostingArray,
} from './gram-index';
import type { QueryTerm } from './query';

/**
 * One list of entries that may contain a term: the term's character (one-unit terms), or one of
 * its bigrams, at `offset` in the term, where an entry must also have the unit that follows the
 * pair in the term (the `required` bit, 0 for none) in that posting's follower set.
 */
export interface GramTest {
  readonly list: PostingArray | Int32Array;
  readonly from: number;
  readonly to: number;
  readonly follows: Int32Array | null;
  readonly required: number;
  /** For bigram tests, where the pair first occurs in each posting's entry. */
  readonly firsts: PostingArray | null;
  readonly offset: number;
}

export interface TermPlan {
  readonly term: QueryTerm;
  /** Smallest list first; empty only for a term whose pairs all have a space. */
  readonly tests: readonly GramTest[];
  /** Whether the tests alone decide the term, so no text needs reading. */
  readonly exact: boolean;
  /** Whether every pair of the term has a test (pairs with a space are not indexed). */
  readonly everyPair: boolean;
}

/** The gram tests of a term, or null when some gram occurs nowhere, so nothing can match. */
export function planTerm(grams: GramIndex, term: QueryTerm): TermPlan | null {
  const { text } = term;
  const tests: GramTest[] = [];
  if (text.length === 1) {
    const id = grams.charIds[text.charCodeAt(0)] ?? -1;
    if (id === -1) return null;
    const from = grams.charOffsets[id] ?? 0;
    tests.push(plainTest(grams.charEntries, from, grams.charOffsets[id + 1] ?? from));
  }
  let exact = text.length <= 2;
  let everyPair = true;
  for (let i = 0; i + 1 < text.length; i++) {
    if (!isIndexedPair(text.charCodeAt(i), text.charCodeAt(i + 1))) {
      exact = everyPair = false;
      continue;
    }
    const id = bigramId(grams, text.charCodeAt(i), text.charCodeAt(i + 1));
    if (id === -1) return null;
    const required = i + 2 < text.length ? followBit(text.charCodeAt(i + 2)) : 0;
    // A pair and its follower are a trigram: when no other unit shares the follower's bit, the
    // test is the trigram's exact list, which decides a three-unit term.
    if (text.length === 3 && i === 0) exact = ((grams.sharedBits[id] ?? 0) & required) === 0;
    tests.push({
      list: grams.bigramEntries,
      from: grams.bigramOffsets[id] ?? 0,
      to: grams.bigramOffsets[id + 1] ?? 0,
      follows: grams.follows,
      required,
      firsts: grams.firsts,
      offset: i,
    });
  }
  tests.sort((a, b) => size(a) - size(b));
  return { term, tests, exact: exact && term.field === null, everyPair };
}

/** A test that lists entries and asks nothing more of them. */
export function plainTest(list: PostingArray | Int32Array, from: number, to: number): GramTest {
  return { list, from, to, follows: null, required: 0, firsts: null, offset: 0 };
}

/** How many postings a test walks through; the cheapest tests go first, no test last. */
export function size(test: GramTest | undefined): number {
  return test ? test.to - test.from : 2 ** 31;
}

/** The candidates (null: all entries) that pass every test, ascending; null if no test, no candidates. */
export function restrict(
  candidates: Int32Array | null,
  tests: readonly GramTest[],
): Int32Array | null {
  const [first, ...rest] = tests;
  if (!first) return candidates;
  let kept: Int32Array;
  if (candidates && candidates.length <= size(first)) {
    kept = passing(candidates, first);
  } else {
    kept = listed(first);
    if (candidates) kept = passing(kept, plainTest(candidates, 0, candidates.length));
  }
  for (const test of rest) {
    if (kept.length === 0) break;
    kept = passing(kept, test);
  }
  return kept;
}

/** The entries a test lists, filtered by their follower sets. */
function listed(test: GramTest): Int32Array {
  const out = new Int32Array(test.to - test.from);
  let count = 0;
  for (let k = test.from; k < test.to; k++) {
    if (followerFits(test, k)) out[count++] = test.list[k] ?? 0;
  }
  return out.subarray(0, count);
}

/** The candidates (ascending) that the test passes. */
function passing(candidates: Int32Array, test: GramTest): Int32Array {
  const out = new Int32Array(candidates.length);
  let count = 0;
  let at = test.from;
  for (let i = 0; i < candidates.length && at < test.to; i++) {
    const entry = candidates[i] ?? 0;
    at = seek(test.list, at, test.to, entry);
    if (at < test.to && test.list[at] === entry && followerFits(test, at)) out[count++] = entry;
  }
  return out.subarray(0, count);
}

function followerFits(test: GramTest, k: number): boolean {
  return test.required === 0 || ((test.follows?.[k] ?? 0) & test.required) !== 0;
}

/**
 * The first index in `list[at .. to)` (ascending) whose value is not below `value`, else `to`.
 * It gallops from `at`, so walking ascending values through a long list costs little per value
 * when they are few and no more than a merge when they are many.
 */
export function seek(
  list: PostingArray | Int32Array,
  at: number,
  to: number,
  value: number,
): number {
  if (at >= to || (list[at] ?? 0) >= value) return at;
  let step = 1;
  while (at + step < to && (list[at + step] ?? 0) < value) step *= 2;
  let low = at + (step >> 1) + 1;
  let high = Math.min(at + step, to);
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((list[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
