import { FIELD_PARTS, PARTS, PART_SEPARATOR } from './fields';
import type { GramIndex } from './gram-index';
import { seek, type TermPlan } from './term-plan';

/** The normalised text of the indexed entries and its gram index. */
export interface Corpus {
  /** Per entry, its normalised parts joined by the part separator. */
  readonly haystacks: readonly string[];
  /** Per entry, where each part starts in its haystack, then the haystack's length + 1. */
  readonly partStarts: Int32Array;
  readonly grams: GramIndex;
}

/** Entries (ascending) with, for each, where a term first occurs in it (or in its field). */
export interface Occurrences {
  readonly entries: Int32Array;
  readonly at: Int32Array;
}

/**
 * What an earlier result knows about a shorter term that the new term contains at `offset`:
 * where it first occurs in each of that result's entries.
 */
export interface Hint extends Occurrences {
  readonly offset: number;
  readonly length: number;
}

export const PART_STRIDE = PARTS.length + 1;

/** Returned while it is not yet known whether or where the term occurs. */
const UNKNOWN = -2;

/**
 * The candidates whose haystack (or the term's field of it) contains the term, with where. The
 * lists say where to look, so that little text is read.
 *
 * With a hint, the term can only first occur where the shorter term does, minus its offset: it is
 * there if the term's pairs that the shorter term does not cover first occur there too (no text
 * read), or if the text says so. Otherwise, a term with the pair `p` at offset `i` cannot start
 * before `p` first occurs minus `i`, nor in a block where not all its pairs occur (in that block
 * or in the next few the term reaches). When no block fits, no text is read; when every pair of
 * the term first occurs right at the bound, the term is there and no text is read either. Else
 * the text is tried at the bound and only then searched from there on.
 */
export function verified(
  corpus: Corpus,
  candidates: Int32Array,
  plan: TermPlan,
  hint: Hint | null,
): Occurrences {
  const { text: needle, field } = plan.term;
  const tests = plan.tests.filter((test) => test.firsts && test.blocks);
  // The pairs a hint says nothing about: those not inside the shorter term.
  const beyondHint = tests.flatMap((test, t) =>
    hint && (test.offset < hint.offset || test.offset + 2 > hint.offset + hint.length) ? [t] : [],
  );
  const cursors = Int32Array.from(tests, (test) => test.from);
  const posting = (t: number, entry: number): number => {
    const test = tests[t];
    if (!test) return 0;
    cursors[t] = seek(test.list, cursors[t] ?? test.from, test.to, entry);
    return cursors[t] ?? 0;
  };
  const entries = new Int32Array(candidates.length);
  const at = new Int32Array(candidates.length);
  let hinted = 0;
  let count = 0;
  for (let i = 0; i < candidates.length; i++) {
    const entry = candidates[i] ?? 0;
    let start = 0;
    let end = Infinity;
    if (field !== null) {
      const [first, last] = FIELD_PARTS[field];
      start = corpus.partStarts[entry * PART_STRIDE + first] ?? 0;
      end = (corpus.partStarts[entry * PART_STRIDE + last + 1] ?? 0) - PART_SEPARATOR.length;
    }
    const haystack = corpus.haystacks[entry] ?? '';
    let found = UNKNOWN;
    if (hint) {
      hinted = seek(hint.entries, hinted, hint.entries.length, entry);
      const hintedStart = (hint.at[hinted] ?? 0) - hint.offset;
      if (hint.entries[hinted] === entry && hintedStart >= start) {
        start = hintedStart;
        let proven = true;
        for (const t of beyondHint) {
          const test = tests[t];
          proven &&= (test?.firsts?.[posting(t, entry)] ?? 0) - (test?.offset ?? 0) === start;
        }
        if (proven || haystack.startsWith(needle, start)) found = start;
      }
    }
    if (found === UNKNOWN) {
      const shift = corpus.grams.blockShifts[entry] ?? 0;
      let low = Infinity;
      let high = -Infinity;
      let startBlocks = -1;
      for (const [t, test] of tests.entries()) {
        const k = posting(t, entry);
        const bound = (test.firsts?.[k] ?? 0) - test.offset;
        low = Math.min(low, bound);
        high = Math.max(high, bound);
        const reach = (test.offset + (1 << shift) - 1) >> shift;
        startBlocks &= spread(test.blocks?.[k] ?? 0, reach);
      }
      const firstBlock = 31 - Math.clz32(startBlocks & -startBlocks);
      const bound = Math.max(start, high, firstBlock << shift);
      if (startBlocks === 0) found = -1;
      else if (low === high && high >= start) found = high;
      // The first match at or after the field's start is inside the field if any match is.
      else if (haystack.startsWith(needle, bound)) found = bound;
      else found = haystack.indexOf(needle, bound + 1);
    }
    if (found !== -1 && found + needle.length <= end) {
      entries[count] = entry;
      at[count] = found;
      count++;
    }
  }
  return { entries: entries.subarray(0, count), at: at.subarray(0, count) };
}

/**
 * The blocks a term may start in, given the blocks where its pair at some offset occurs: that
 * pair lies in the term's start block or up to `reach` blocks later.
 */
function spread(blocks: number, reach: number): number {
  if (reach >= 31) return -1;
  let starts = blocks;
  for (let k = 1; k <= reach; k++) starts |= blocks >>> k;
  return starts;
}

/** `occurrences.at` for the given entries, which must all be among `occurrences.entries`. */
export function atEntries(occurrences: Occurrences, entries: Int32Array): Int32Array {
  const at = new Int32Array(entries.length);
  let k = 0;
  for (let i = 0; i < entries.length; i++) {
    k = seek(occurrences.entries, k, occurrences.entries.length, entries[i] ?? 0);
    at[i] = occurrences.at[k] ?? 0;
  }
  return at;
}
