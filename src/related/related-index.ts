import {
  FIELDS,
  HANGUL,
  hangulPair,
  scanEntry,
  WORDS,
  wordTerm,
  type TermSink,
  type Field,
  type RelatableEntry,
} from './features.ts';
import { sharedReason, type Reason, type SharedTerm } from './reason.ts';
import { ABSENT, IntTable, SliceTable } from './term-tables.ts';

/** One paper related to another, with what they share. */
export interface RelatedPaper extends Reason {
  id: string;
  /** Similarity, for ordering: comparable only among the papers related to one paper. */
  score: number;
}

export interface RelatedOptions {
  /** How many papers to return. */
  count?: number;
  /** Whether to say what each paper shares; off where only the ranking is wanted. */
  reasons?: boolean;
}

/*
 * The constants below were chosen on the reference corpus with `npm run bench:related`, each
 * checked on both halves of it so as not to fit one half's chance.
 */

/**
 * How much each field's cosine counts. Words (title, abstract, the commentary's English) carry
 * most of it; the Korean commentary is chattier; a shared author or tag weighed more pulled in
 * papers of the same group or tag at the expense of those the commentary cites.
 */
const FIELD_WEIGHTS: Record<Field, number> = { words: 1, hangul: 0.5, authors: 0.2, tags: 0.15 };
/**
 * Per field, the most telling terms of a paper that are looked up. The rest, common words whose
 * lists run through most of the archive, cost most of the time and hardly move the order.
 */
const QUERY_TERMS = 100;
/**
 * The papers whose terms are added to a paper's own before the second, final look-up (pseudo
 * relevance feedback): a paper with few words, a title and a line of commentary, then also
 * meets papers that use other words for its topic.
 */
const FEEDBACK_PAPERS = 10;
/**
 * How far a field's length counts (pivoted normalisation): at 1, plain cosine, which favours
 * papers with hardly any text, since one shared word is then most of them.
 */
const LENGTH_SLOPE = 0.8;

const FIELD_COUNT = FIELDS.length;
/**
 * Terms in more than this share of the archive's papers are not named in a reason: they are
 * shared by chance (`large`, `결과`, `흥미롭네요`) more than they tell a topic.
 */
const TELLING_SHARE = 0.1;
/** What a word that says nothing (see `wordTerm`) stands for in the table of words. */
const LEFT_OUT = -2;
const WEIGHT_OF_FIELD = FIELDS.map((field) => FIELD_WEIGHTS[field]);

/** Term → weight, a paper's or a query's. */
type Vector = Map<number, number>;

/**
 * The papers of one digest, ready to be compared: an inverted index of their terms (English
 * words, pairs of Hangul syllables, authors, tags), with for each term the papers that hold it and
 * how often (as 1 + ln count).
 *
 * It grows with the digest: `add` reads the text of new papers only. Term weights (idf) and the
 * papers' lengths depend on the whole archive, so they are recomputed from the stored counts,
 * without reading text again, the first time papers are compared after an addition.
 */
export class RelatedIndex {
  private readonly entries: RelatableEntry[] = [];
  private readonly positions = new Map<string, number>();
  /** Each term's id: of stemmed words, names and tags by field; of Hangul pairs by number. */
  private readonly terms = FIELDS.map(() => new Map<string, number>());
  private readonly pairs = new IntTable();
  private readonly termKeys: (string | number)[] = [];
  /**
   * Each English word as written (lower case) with its term's id, or `LEFT_OUT`: most words
   * recur, and one look-up costs less than stemming and two.
   */
  private readonly words = new SliceTable();
  private readonly termFields: number[] = [];
  private readonly paperTerms: Int32Array[] = [];
  private readonly paperCounts: Float32Array[] = [];
  /**
   * The term counts of the paper being added, by term id, and the terms it has: an array for
   * all papers, since a map per paper took most of the time of adding.
   */
  private counting = new Float64Array(1024);
  private readonly counted: number[] = [];
  /**
   * The inverted index, made from the papers' terms when they are weighed: the papers that hold
   * term `t` are `postingPapers[postingStarts[t] .. postingStarts[t + 1]]`, in digest order.
   */
  private postingStarts = new Int32Array(1);
  private postingPapers = new Int32Array(0);
  private postingCounts = new Float32Array(0);
  private idf = new Float64Array(0);
  /** Per paper and field (`position * FIELD_COUNT + field`), the length its cosine divides by. */
  private lengths = new Float64Array(0);
  private weighedAt = -1;
  /** Scores of the current look-up, and which papers it touched; reused between look-ups. */
  private scores = new Float64Array(0);
  private touched = new Int32Array(0);

  /** Papers in the index. */
  get size(): number {
    return this.entries.length;
  }

  /** Adds papers; one whose id is already in is left out. */
  add(entries: readonly RelatableEntry[]): void {
    for (const entry of entries) {
      if (this.positions.has(entry.id)) continue;
      this.positions.set(entry.id, this.entries.length);
      this.entries.push(entry);
      scanEntry(entry, this.sink);
      const counted = this.counted;
      const ids = new Int32Array(counted.length);
      const counts = new Float32Array(counted.length);
      for (let i = 0; i < counted.length; i++) {
        const term = counted[i] as number;
        ids[i] = term;
        counts[i] = 1 + Math.log(this.counting[term] as number);
        this.counting[term] = 0;
      }
      counted.length = 0;
      this.paperTerms.push(ids);
      this.paperCounts.push(counts);
    }
  }

  /** Whether a paper with this id is in the index. */
  has(id: string): boolean {
    return this.positions.has(id);
  }

  /** The papers most like the one with `id`, best first; none for an id not in the index. */
  related(id: string, { count = 5, reasons = true }: RelatedOptions = {}): RelatedPaper[] {
    const position = this.positions.get(id);
    if (position === undefined) return [];
    this.weigh();
    const query = this.unitVector(position, 1);
    for (const other of this.best(this.truncate(query), FEEDBACK_PAPERS, position)) {
      for (const [term, value] of this.unitVector(other.position, 1 / FEEDBACK_PAPERS)) {
        query.set(term, (query.get(term) ?? 0) + value);
      }
    }
    const entry = this.entries[position] as RelatableEntry;
    // A paper the digest lists twice (on two days) is shown once, and never as like itself.
    const titles = new Set([titleKey(entry)]);
    const found: RelatedPaper[] = [];
    for (const { position: other, score } of this.best(this.truncate(query), count * 2, position)) {
      const paper = this.entries[other] as RelatableEntry;
      if (titles.has(titleKey(paper))) continue;
      titles.add(titleKey(paper));
      const reason = reasons
        ? sharedReason(entry, paper, this.sharedTerms(position, other))
        : { tags: [], authors: [], words: [] };
      found.push({ id: paper.id, score, ...reason });
      if (found.length === count) break;
    }
    return found;
  }

  /** Counts the terms of the paper being added. */
  private readonly sink: TermSink = {
    word: (text, start, end, weight) => {
      let term = this.words.get(text, start, end);
      if (term === ABSENT) {
        const word = text.slice(start, end);
        const key = wordTerm(word);
        term = key === null ? LEFT_OUT : this.termId(WORDS, key);
        this.words.set(word, term);
      }
      if (term >= 0) this.count(term, weight);
    },
    pair: (pair) => {
      let term = this.pairs.get(pair);
      if (term === ABSENT) {
        term = this.newTerm(HANGUL, pair);
        this.pairs.set(pair, term);
      }
      this.count(term, 1);
    },
    // A name or tag counts once, however often it is written.
    name: (field, key) => this.count(this.termId(field, key), 1, true),
  };

  private count(term: number, weight: number, once = false): void {
    if (term >= this.counting.length) {
      const grown = new Float64Array(this.counting.length * 2);
      grown.set(this.counting);
      this.counting = grown;
    }
    const previous = this.counting[term] as number;
    if (previous === 0) this.counted.push(term);
    this.counting[term] = once ? weight : previous + weight;
  }

  private termId(field: number, key: string): number {
    const terms = this.terms[field] as Map<string, number>;
    let term = terms.get(key);
    if (term === undefined) {
      term = this.newTerm(field, key);
      terms.set(key, term);
    }
    return term;
  }

  private newTerm(field: number, key: string | number): number {
    this.termKeys.push(key);
    this.termFields.push(field);
    return this.termKeys.length - 1;
  }

  /** Term weights and paper lengths for the papers in the index now, unless done since they came. */
  private weigh(): void {
    const total = this.entries.length;
    if (this.weighedAt === total) return;
    this.invert();
    const starts = this.postingStarts;
    const idf = new Float64Array(this.termKeys.length);
    for (let term = 0; term < idf.length; term++) {
      const papers = (starts[term + 1] as number) - (starts[term] as number);
      // Dampened: tags are broad topics, and a word that a few dozen papers share tells more
      // about a topic than plain idf, which favours words two papers share, makes of it.
      idf[term] = Math.sqrt(Math.log(1 + total / papers));
    }
    const lengths = new Float64Array(total * FIELD_COUNT);
    for (let position = 0; position < total; position++) {
      const ids = this.paperTerms[position] as Int32Array;
      const counts = this.paperCounts[position] as Float32Array;
      const base = position * FIELD_COUNT;
      for (let i = 0; i < ids.length; i++) {
        const term = ids[i] as number;
        const value = (counts[i] as number) * (idf[term] as number);
        const at = base + (this.termFields[term] as number);
        lengths[at] = (lengths[at] as number) + value * value;
      }
    }
    for (let field = 0; field < FIELD_COUNT; field++) {
      let sum = 0;
      let present = 0;
      for (let i = field; i < lengths.length; i += FIELD_COUNT) {
        const length = Math.sqrt(lengths[i] as number);
        lengths[i] = length;
        if (length > 0) {
          sum += length;
          present++;
        }
      }
      const average = present > 0 ? sum / present : 1;
      for (let i = field; i < lengths.length; i += FIELD_COUNT) {
        const length = lengths[i] as number;
        if (length > 0) lengths[i] = (1 - LENGTH_SLOPE) * average + LENGTH_SLOPE * length;
      }
    }
    this.idf = idf;
    this.lengths = lengths;
    this.scores = new Float64Array(total);
    this.touched = new Int32Array(total);
    this.weighedAt = total;
  }

  /** The inverted index of every paper's terms, in one pass over them (two, to count first). */
  private invert(): void {
    const termCount = this.termKeys.length;
    const starts = new Int32Array(termCount + 1);
    for (const ids of this.paperTerms) {
      for (const term of ids) starts[term + 1] = (starts[term + 1] as number) + 1;
    }
    for (let term = 0; term < termCount; term++) {
      starts[term + 1] = (starts[term + 1] as number) + (starts[term] as number);
    }
    const next = starts.slice(0, termCount);
    const papers = new Int32Array(starts[termCount] as number);
    const counts = new Float32Array(papers.length);
    for (let position = 0; position < this.paperTerms.length; position++) {
      const ids = this.paperTerms[position] as Int32Array;
      const paperCounts = this.paperCounts[position] as Float32Array;
      for (let i = 0; i < ids.length; i++) {
        const term = ids[i] as number;
        const at = next[term] as number;
        next[term] = at + 1;
        papers[at] = position;
        counts[at] = paperCounts[i] as number;
      }
    }
    this.postingStarts = starts;
    this.postingPapers = papers;
    this.postingCounts = counts;
  }

  /** A paper's vector, each field divided by its length, times `scale`. */
  private unitVector(position: number, scale: number): Vector {
    const vector: Vector = new Map();
    const ids = this.paperTerms[position] as Int32Array;
    const counts = this.paperCounts[position] as Float32Array;
    const base = position * FIELD_COUNT;
    for (let i = 0; i < ids.length; i++) {
      const term = ids[i] as number;
      const length = this.lengths[base + (this.termFields[term] as number)] as number;
      vector.set(term, (scale * (counts[i] as number) * (this.idf[term] as number)) / length);
    }
    return vector;
  }

  /** Per field, the `QUERY_TERMS` heaviest terms of a vector. */
  private truncate(vector: Vector): Vector {
    const byField = FIELDS.map((): [number, number][] => []);
    for (const pair of vector) byField[this.termFields[pair[0]] as number]?.push(pair);
    const kept: Vector = new Map();
    for (const terms of byField) {
      if (terms.length > QUERY_TERMS) terms.sort((a, b) => b[1] - a[1]).length = QUERY_TERMS;
      for (const [term, value] of terms) kept.set(term, value);
    }
    return kept;
  }

  /**
   * The `count` papers other than `self` that score best against `query` (a weighted sum of
   * cosines, one per field), best first; ties go to the paper earlier in the digest.
   */
  private best(query: Vector, count: number, self: number): { position: number; score: number }[] {
    const { scores, touched, lengths, idf, postingStarts, postingPapers, postingCounts } = this;
    let touchedCount = 0;
    for (const [term, value] of query) {
      const field = this.termFields[term] as number;
      const factor = (WEIGHT_OF_FIELD[field] as number) * value * (idf[term] as number);
      const end = postingStarts[term + 1] as number;
      for (let i = postingStarts[term] as number; i < end; i++) {
        const paper = postingPapers[i] as number;
        if (scores[paper] === 0) touched[touchedCount++] = paper;
        scores[paper] =
          (scores[paper] as number) +
          (factor * (postingCounts[i] as number)) /
            (lengths[paper * FIELD_COUNT + field] as number);
      }
    }
    const best: { position: number; score: number }[] = [];
    for (let i = 0; i < touchedCount; i++) {
      const position = touched[i] as number;
      const score = scores[position] as number;
      scores[position] = 0;
      if (position === self) continue;
      const last = best[best.length - 1];
      if (best.length === count && last && !outranks(position, score, last)) continue;
      let at = best.length;
      while (at > 0 && outranks(position, score, best[at - 1] as (typeof best)[number])) at--;
      best.splice(at, 0, { position, score });
      if (best.length > count) best.pop();
    }
    return best;
  }

  /** The terms two papers share, most telling first. */
  private sharedTerms(position: number, other: number): SharedTerm[] {
    const otherTerms = new Set(this.paperTerms[other]);
    const ids = this.paperTerms[position] as Int32Array;
    const counts = this.paperCounts[position] as Float32Array;
    const shared: SharedTerm[] = [];
    for (let i = 0; i < ids.length; i++) {
      const term = ids[i] as number;
      if (!otherTerms.has(term)) continue;
      const field = this.termFields[term] as number;
      const key = this.termKeys[term] as string | number;
      const idf = this.idf[term] as number;
      const papers =
        (this.postingStarts[term + 1] as number) - (this.postingStarts[term] as number);
      shared.push({
        field,
        text: field === HANGUL ? hangulPair(key as number) : String(key),
        weight: (counts[i] as number) * idf * idf,
        telling: papers <= Math.max(2, TELLING_SHARE * this.entries.length),
      });
    }
    return shared.sort((a, b) => b.weight - a.weight);
  }
}

function titleKey(entry: RelatableEntry): string {
  return entry.title.normalize('NFC').toLowerCase().trim();
}

function outranks(
  position: number,
  score: number,
  other: { position: number; score: number },
): boolean {
  return score > other.score || (score === other.score && position < other.position);
}
