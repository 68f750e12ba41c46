import { AUTHORS_PART, FIELD_PARTS, PARTS, isWholeNameAt } from './fields';
import type { GramIndex } from './gram-index';
import { seek, type TermPlan } from './term-plan';

/** The normalised text of the indexed entries and its gram index. */
export interface Corpus {
  /** Per entry, its normalised parts in `PARTS` order. */
  readonly parts: readonly string[];
  /**
   * Per entry, the offset where each part starts, then the offset past the last part + 1:
   * offsets count the parts one after the other, one unit apart (see the gram index).
   */
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
 * The candidates whose text (or the term's field of it) contains the term, with where. The
 * lists say where to look, so that little text is read.
 *
 * With a hint, the term can only first occur where the shorter term does, minus its offset: it is
 * there if the term's pairs that the shorter term does not cover first occur there too (no text
 * read), or if the text says so. Otherwise, a term with the pair `p` at offset `i` cannot start
 * before `p` first occurs minus `i`. When every pair of the term first occurs right at that bound,
 * the term is there and no text is read; else the text is tried at the bound and only then
 * searched from there on. Proofs from the lists need every pair of the term indexed.
 */
export function verified(
  corpus: Corpus,
  candidates: Int32Array,
  plan: TermPlan,
  hint: Hint | null,
): Occurrences {
  const { text: needle, field } = plan.term;
  const [firstPart, lastPart] = field === null ? [0, PARTS.length - 1] : FIELD_PARTS[field];
  const tests = plan.tests.filter((test) => test.firsts !== null);
  // The pairs a hint says nothing about: those not inside the shorter term.
  const beyondHint = tests.map(
    (test) =>
      hint !== null && (test.offset < hint.offset || test.offset + 2 > hint.offset + hint.length),
  );
  const cursors = tests.map((test) => test.from);
  // Where pair test `t` first occurs in the entry, as a start of the term.
  const firstStart = (t: number, entry: number): number => {
    const test = tests[t];
    if (!test) return 0;
    const posting = seek(test.list, cursors[t] ?? test.from, test.to, entry);
    cursors[t] = posting;
    return (test.firsts?.[posting] ?? 0) - test.offset;
  };
  const entries = new Int32Array(candidates.length);
  const at = new Int32Array(candidates.length);
  let hinted = 0;
  let count = 0;
  for (let i = 0; i < candidates.length; i++) {
    const entry = candidates[i] ?? 0;
    const start = corpus.partStarts[entry * PART_STRIDE + firstPart] ?? 0;
    const end = (corpus.partStarts[entry * PART_STRIDE + lastPart + 1] ?? 0) - 1;
    const text = { corpus, entry, firstPart, lastPart };
    let from = start;
    let found = UNKNOWN;
    if (hint) {
      hinted = seek(hint.entries, hinted, hint.entries.length, entry);
      const hintedStart = (hint.at[hinted] ?? 0) - hint.offset;
      if (hint.entries[hinted] === entry && hintedStart >= start) {
        from = hintedStart;
        let proven = plan.everyPair;
        for (let t = 0; proven && t < tests.length; t++) {
          if (beyondHint[t]) proven = firstStart(t, entry) === from;
        }
        if (proven || startsWithAt(text, needle, from)) found = from;
      }
    }
    if (found === UNKNOWN) {
      let low = Infinity;
      let high = -Infinity;
      for (let t = 0; t < tests.length; t++) {
        const bound = firstStart(t, entry);
        low = Math.min(low, bound);
        high = Math.max(high, bound);
      }
      const bound = Math.max(from, high);
      if (plan.everyPair && low === high && high >= from) found = high;
      else if (startsWithAt(text, needle, bound)) found = bound;
      else found = indexFrom(text, needle, bound + 1);
    }
    // A match proven from the lists may lie past the field; the text searched was the field's.
    if (found !== -1 && found + needle.length <= end) {
      entries[count] = entry;
      at[count] = found;
      count++;
    }
  }
  return { entries: entries.subarray(0, count), at: at.subarray(0, count) };
}

/** The occurrences in entries that list `name` as one author's whole name, not inside another's. */
export function withWholeName(corpus: Corpus, found: Occurrences, name: string): Occurrences {
  const entries = new Int32Array(found.entries.length);
  const at = new Int32Array(found.entries.length);
  let count = 0;
  for (let i = 0; i < found.entries.length; i++) {
    const entry = found.entries[i] ?? 0;
    const authors = corpus.parts[entry * PARTS.length + AUTHORS_PART] ?? '';
    let whole = false;
    for (let from = authors.indexOf(name); !whole && from !== -1;) {
      whole = isWholeNameAt(authors, from, name.length);
      from = authors.indexOf(name, from + 1);
    }
    if (whole) {
      entries[count] = entry;
      at[count] = found.at[i] ?? 0;
      count++;
    }
  }
  return { entries: entries.subarray(0, count), at: at.subarray(0, count) };
}

/** The parts `firstPart..lastPart` of one entry, read through entry offsets. */
interface EntryText {
  readonly corpus: Corpus;
  readonly entry: number;
  readonly firstPart: number;
  readonly lastPart: number;
}

function startsWithAt(text: EntryText, needle: string, at: number): boolean {
  const { corpus, entry } = text;
  const base = entry * PART_STRIDE;
  for (let part = text.firstPart; part <= text.lastPart; part++) {
    const start = corpus.partStarts[base + part] ?? 0;
    if (at >= (corpus.partStarts[base + part + 1] ?? 0)) continue;
    const string = corpus.parts[entry * PARTS.length + part] ?? '';
    return at >= start && string.startsWith(needle, at - start);
  }
  return false;
}

/** The first offset at or after `from` where one of the parts contains the needle, or -1. */
function indexFrom(text: EntryText, needle: string, from: number): number {
  const { corpus, entry } = text;
  const base = entry * PART_STRIDE;
  for (let part = text.firstPart; part <= text.lastPart; part++) {
    if (from >= (corpus.partStarts[base + part + 1] ?? 0)) continue;
    const start = corpus.partStarts[base + part] ?? 0;
    const string = corpus.parts[entry * PARTS.length + part] ?? '';
    const at = string.indexOf(needle, Math.max(0, from - start));
    if (at !== -1) return start + at;
  }
  return -1;
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
