/**
 * An inverted index of the characters and character pairs (bigrams) of normalised text, in UTF-16
 * code units like `String.prototype.includes`. Each entry is a few parts (title, abstract, …);
 * grams never span two parts. Lists are exact: an entry is in a character's or a pair's list
 * exactly when one of its parts contains it.
 *
 * Each pair posting also keeps where the pair first occurs in the entry, so that a check of a
 * longer term can start reading there (or need not read at all), and the set of code units that
 * follow the pair in the entry, 32 bits wide (see `followBit`). A pair plus a follower is a
 * trigram, so these sets tell entries that hold `di` but not `dif` apart without the memory and
 * build time of a trigram index. Where only one code unit ever follows a pair with a given bit
 * (for letters after letters, nearly always), the bit is exact, and three-unit terms need no
 * text read at all.
 *
 * Offsets in an entry count its parts one after the other with one unit between them, as if
 * they were joined by a separator.
 */

/** Entry positions, ascending, or offsets in an entry; 16-bit where they fit, to halve memory. */
export type PostingArray = Uint16Array | Int32Array;

export interface GramIndex {
  /** A dense id for each code unit that occurs, else -1. */
  readonly charIds: Int32Array;
  /** Bigram id by `first * 0x10000 + second` (code units). */
  readonly bigramIds: ReadonlyMap<number, number>;
  /** Postings of char id `c`: `charEntries[charOffsets[c] .. charOffsets[c + 1])`. */
  readonly charOffsets: Int32Array;
  readonly charEntries: PostingArray;
  /** Postings of bigram id `b`: `bigramEntries[bigramOffsets[b] .. bigramOffsets[b + 1])`. */
  readonly bigramOffsets: Int32Array;
  readonly bigramEntries: PostingArray;
  /** Per bigram posting: the offset of the pair's first occurrence in the entry. */
  readonly firsts: PostingArray;
  /** Per bigram posting: the follower set, the bits of the code units that follow the pair. */
  readonly follows: Int32Array;
  /** Per bigram: the follower bits that more than one code unit sets somewhere in the corpus. */
  readonly sharedBits: Int32Array;
}

/** Code units with an id below this find their pairs in a flat table (4 MB), others in a map. */
const FLAT = 1024;
/** Buckets for moving postings from entry order to list order; see `transpose`. */
const BUCKETS = 128;
const UNSEEN = -1;
const SHARED = -2;

/**
 * Follower bits of ASCII code units: each letter has its own, as have the space and the
 * punctuation most often found after letters, so that a letter's bit is rarely shared and
 * three-letter terms are decided by the index. Other units use their low five bits.
 */
const OTHER_ASCII_BIT = 31;
const ASCII_BITS = Uint8Array.from({ length: 128 }, (_, code) => {
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  const punctuation = ' .,-)'.indexOf(String.fromCharCode(code));
  return punctuation === -1 ? OTHER_ASCII_BIT : 26 + punctuation;
});

/** The bit a code unit sets in the follower set of the pair before it. */
export function followBit(code: number): number {
  return 1 << (code < 0x80 ? (ASCII_BITS[code] ?? OTHER_ASCII_BIT) : code & 31);
}

/** The id of the bigram `first second` (code units), or -1 when no entry contains it. */
export function bigramId(index: GramIndex, first: number, second: number): number {
  return index.bigramIds.get(first * 0x10000 + second) ?? -1;
}

/**
 * Builds the index in one pass over the text, which is the costly part: each entry's distinct
 * grams are found (ids assigned as they turn up) and appended in entry order, then moved into
 * per-gram lists, which therefore come out sorted. `parts` holds `partsPerEntry` parts per entry.
 */
export function buildGramIndex(parts: readonly string[], partsPerEntry: number): GramIndex {
  const entries = Math.floor(parts.length / partsPerEntry);
  let longest = 0;
  for (let part = 0; part < parts.length; part += partsPerEntry) {
    let length = 0;
    for (let p = part; p < part + partsPerEntry; p++) length += (parts[p]?.length ?? 0) + 1;
    longest = Math.max(longest, length);
  }

  const charIds = new Int32Array(0x10000).fill(-1);
  const flatPairs = new Int32Array(FLAT * FLAT).fill(-1);
  const bigramIds = new Map<number, number>();
  let chars = 0;
  let bigrams = 0;
  let charLast = new Int32Array(256).fill(-1);
  // Per pair: the last entry it was seen in, where it first occurs there, and the bits of the
  // ASCII and other units that follow it there; and the pairs of the current entry.
  let bigramLast = new Int32Array(4096).fill(-1);
  let entryFirsts = new Int32Array(4096);
  let entryAscii = new Int32Array(4096);
  let entryOther = new Int32Array(4096);
  const entryBigrams = new Int32Array(longest);
  // Which follower bits are exact. ASCII bits below OTHER_ASCII_BIT belong to one ASCII unit
  // each, so only non-ASCII followers need tracking, unit by unit: per pair and bit, the one
  // non-ASCII unit seen with it, UNSEEN, or SHARED; and per pair the bits ASCII followers set.
  let followers = new Int32Array(4096 * 32).fill(UNSEEN);
  let asciiBits = new Int32Array(4096);

  const charPostings = new Postings(entries);
  const bigramPostings = new Postings(entries);
  const stagedFirsts = new Growable(sized(1 << 16, longest), (length) => sized(length, longest));
  const stagedFollows = growableInts();

  for (let entry = 0, part = 0; entry < entries; entry++) {
    let distinct = 0;
    let offset = 0;
    for (const end = part + partsPerEntry; part < end; part++) {
      const text = parts[part] ?? '';
      charPostings.grams.reserve(text.length);
      // Room for every new pair of this part, before the loop reads the arrays.
      if (bigrams + text.length > bigramLast.length) {
        const size = Math.max(bigramLast.length * 2, bigrams + text.length);
        bigramLast = grown(bigramLast, size, -1);
        entryFirsts = grown(entryFirsts, size, 0);
        entryAscii = grown(entryAscii, size, 0);
        entryOther = grown(entryOther, size, 0);
        followers = grown(followers, size * 32, UNSEEN);
        asciiBits = grown(asciiBits, size, 0);
      }
      let last = -1;
      let lastCode = 0;
      let lastBigram = -1;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        let id = charIds[code]!;
        if (id === -1) {
          id = charIds[code] = chars++;
          if (id === charLast.length) charLast = grown(charLast, id * 2, -1);
        }
        if (charLast[id] !== entry) {
          charLast[id] = entry;
          charPostings.grams.add(id);
        }
        if (lastBigram !== -1) {
          if (code < 0x80) {
            entryAscii[lastBigram]! |= 1 << ASCII_BITS[code]!;
          } else {
            entryOther[lastBigram]! |= 1 << (code & 31);
            const seen = lastBigram * 32 + (code & 31);
            const follower = followers[seen]!;
            if (follower !== code && follower !== SHARED) {
              followers[seen] = follower === UNSEEN ? code : SHARED;
            }
          }
        }
        if (last !== -1) {
          const key = lastCode * 0x10000 + code;
          const flat = last < FLAT && id < FLAT;
          let bigram = flat ? flatPairs[last * FLAT + id]! : (bigramIds.get(key) ?? -1);
          if (bigram === -1) {
            bigram = bigrams++;
            if (flat) flatPairs[last * FLAT + id] = bigram;
            bigramIds.set(key, bigram);
          }
          if (bigramLast[bigram] !== entry) {
            bigramLast[bigram] = entry;
            entryFirsts[bigram] = offset + i - 1;
            entryAscii[bigram] = 0;
            entryOther[bigram] = 0;
            entryBigrams[distinct++] = bigram;
          }
          lastBigram = bigram;
        }
        last = id;
        lastCode = code;
      }
      offset += text.length + 1;
    }
    charPostings.endEntry();
    bigramPostings.grams.reserve(distinct);
    stagedFirsts.reserve(distinct);
    stagedFollows.reserve(distinct);
    for (let k = 0; k < distinct; k++) {
      const bigram = entryBigrams[k]!;
      bigramPostings.grams.add(bigram);
      stagedFirsts.add(entryFirsts[bigram]!);
      stagedFollows.add(entryAscii[bigram]! | entryOther[bigram]!);
      asciiBits[bigram]! |= entryAscii[bigram]!;
    }
    bigramPostings.endEntry();
  }

  const charLists = charPostings.transpose(chars, []);
  const firsts = sized(stagedFirsts.length, longest);
  const follows = new Int32Array(stagedFollows.length);
  const bigramLists = bigramPostings.transpose(bigrams, [
    { from: stagedFirsts.data, to: firsts },
    { from: stagedFollows.data, to: follows },
  ]);

  // A bit is shared when two non-ASCII units set it, or one and an ASCII unit, or it is the one
  // bit of all the rarer ASCII units.
  const sharedBits = new Int32Array(bigrams).fill(1 << OTHER_ASCII_BIT);
  for (let seen = 0; seen < bigrams * 32; seen++) {
    const follower = followers[seen];
    const bigram = seen >> 5;
    const bit = 1 << (seen & 31);
    if (follower === SHARED || (follower !== UNSEEN && (asciiBits[bigram]! & bit) !== 0)) {
      sharedBits[bigram]! |= bit;
    }
  }
  return {
    charIds,
    bigramIds,
    charOffsets: charLists.offsets,
    charEntries: charLists.entries,
    bigramOffsets: bigramLists.offsets,
    bigramEntries: bigramLists.entries,
    firsts,
    follows,
    sharedBits,
  };
}

/** A typed array that grows; `reserve` room before `add`. */
class Growable<T extends PostingArray = Int32Array> {
  length = 0;

  constructor(
    public data: T,
    private readonly make: (length: number) => T,
  ) {}

  reserve(more: number): void {
    if (this.length + more > this.data.length) {
      const data = this.make(Math.max(this.data.length * 2, this.length + more));
      data.set(this.data);
      this.data = data;
    }
  }

  add(value: number): void {
    this.data[this.length++] = value;
  }
}

function growableInts(): Growable {
  return new Growable(new Int32Array(1 << 16), (length) => new Int32Array(length));
}

/** A column of per-posting values to move along with the postings. */
interface Column {
  readonly from: PostingArray;
  readonly to: PostingArray;
}

/** Postings as they come, entry by entry: the gram ids of each entry. */
class Postings {
  readonly grams = growableInts();
  private readonly ends: Int32Array;
  private entry = 0;

  constructor(entries: number) {
    this.ends = new Int32Array(entries);
  }

  endEntry(): void {
    this.ends[this.entry++] = this.grams.length;
  }

  /**
   * The postings by gram, with `columns` moved alike. Written straight to their lists, postings
   * in entry order would each land far from the one before and miss the cache; so they are first
   * dealt to buckets of neighbouring gram ids (runs of the lists, each filled in order), then put
   * in place bucket by bucket, within a run small enough to stay in cache.
   */
  transpose(grams: number, columns: readonly Column[]) {
    const { data, length } = this.grams;
    const offsets = new Int32Array(grams + 1);
    for (let k = 0; k < length; k++) offsets[data[k]! + 1]!++;
    for (let g = 0; g < grams; g++) offsets[g + 1]! += offsets[g]!;
    const entries = sized(length, this.ends.length);
    const shift = Math.max(0, Math.ceil(Math.log2(grams / BUCKETS)));
    const buckets = (grams >> shift) + 1;
    const bucketStart = (bucket: number) => offsets[Math.min(bucket << shift, grams)] ?? 0;
    const next = Int32Array.from({ length: buckets }, (_, bucket) => bucketStart(bucket));
    const dealt = new Int32Array(length);
    for (let entry = 0, k = 0; entry < this.ends.length; entry++) {
      for (const end = this.ends[entry]!; k < end; k++) {
        const gram = data[k]!;
        const slot = next[gram >> shift]!++;
        dealt[slot] = gram;
        entries[slot] = entry;
        for (const column of columns) column.to[slot] = column.from[k]!;
      }
    }
    const place = offsets.slice(0, grams);
    for (let bucket = 0; bucket < buckets; bucket++) {
      const from = bucketStart(bucket);
      const to = bucketStart(bucket + 1);
      const dealtEntries = entries.slice(from, to);
      const dealtColumns = columns.map((column) => column.to.slice(from, to));
      for (let k = from; k < to; k++) {
        const slot = place[dealt[k]!]!++;
        entries[slot] = dealtEntries[k - from]!;
        for (let c = 0; c < columns.length; c++) {
          columns[c]!.to[slot] = dealtColumns[c]![k - from]!;
        }
      }
    }
    return { offsets, entries };
  }
}

/** A 16-bit array when every value is below `values`, else 32-bit. */
function sized(length: number, values: number): PostingArray {
  return values <= 0x10000 ? new Uint16Array(length) : new Int32Array(length);
}

function grown(array: Int32Array, size: number, fill: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(size);
  if (fill !== 0) next.fill(fill, array.length);
  next.set(array);
  return next;
}
