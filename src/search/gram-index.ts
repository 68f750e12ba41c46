/**
 * An inverted index of the characters and character pairs (bigrams) of normalised text, in UTF-16
 * code units like `String.prototype.includes`. Each entry is a few parts (title, abstract, …);
 * grams never span two parts. Lists are exact: an entry is in a character's or a pair's list
 * exactly when one of its parts contains it. Pairs with a space are left out (`isIndexedPair`).
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

/**
 * Pairs with a space are not indexed: they are a fifth of all pair postings and a sixth of the
 * build time, and a term with a space is a phrase, whose other pairs narrow it down well enough.
 */
export function isIndexedPair(first: number, second: number): boolean {
  return first !== 0x20 && second !== 0x20;
}

/** The id of the bigram `first second` (code units), or -1 when no entry contains it. */
export function bigramId(index: GramIndex, first: number, second: number): number {
  return index.bigramIds.get(first * 0x10000 + second) ?? -1;
}

/**
 * What one pass over the text yields: ids of the characters and pairs in the order the text
 * reveals them, the number of entries of each, and each entry's grams, staged entry after entry.
 */
interface Scan {
  readonly charIds: Int32Array;
  readonly charCounts: Int32Array;
  /** Pair ids by `first * 0x10000 + second` (code units), for all pairs. */
  readonly bigramIds: Map<number, number>;
  readonly bigramCounts: Int32Array;
  readonly sharedBits: Int32Array;
  /** The longest entry, in offsets. */
  readonly longest: number;
  /** Per entry, where its run ends in the staged chars, and in the staged pairs. */
  readonly charEnds: Int32Array;
  readonly bigramEnds: Int32Array;
  /** Char ids of each entry, once each. */
  readonly stagedChars: Uint16Array;
  /** Pair ids of each entry, once each, with their first offset and follower set in it. */
  readonly stagedBigrams: Int32Array;
  readonly stagedFirsts: PostingArray;
  readonly stagedFollows: Int32Array;
}

/**
 * Builds the index in one pass over the text, which stages each entry's grams one entry after
 * another and counts each gram's entries; the counts size the lists, and the staged grams, far
 * fewer than the code units of the text, are then moved into place. Entries are visited in
 * order, so lists come out sorted. `parts` holds `partsPerEntry` parts per entry.
 */
export function buildGramIndex(parts: readonly string[], partsPerEntry: number): GramIndex {
  const entries = Math.floor(parts.length / partsPerEntry);
  const scan = scanGrams(parts, partsPerEntry, entries);
  const charOffsets = prefixSums(scan.charCounts);
  const bigramOffsets = prefixSums(scan.bigramCounts);
  const postings = bigramOffsets.at(-1) ?? 0;
  const index: GramIndex = {
    charIds: scan.charIds,
    bigramIds: scan.bigramIds,
    charOffsets,
    charEntries: sized(charOffsets.at(-1) ?? 0, entries),
    bigramOffsets,
    bigramEntries: sized(postings, entries),
    firsts: sized(postings, scan.longest),
    follows: new Int32Array(postings),
    sharedBits: scan.sharedBits,
  };
  placePostings(scan, index);
  return index;
}

function scanGrams(parts: readonly string[], partsPerEntry: number, entries: number): Scan {
  const charIds = new Int32Array(0x10000).fill(-1);
  // At most one id per code unit, so these never grow.
  const charLast = new Int32Array(0x10000).fill(-1);
  const charCounts = new Int32Array(0x10000);
  const flatPairs = new Int32Array(FLAT * FLAT).fill(-1);
  const bigramIds = new Map<number, number>();
  let chars = 0;
  let bigrams = 0;
  let capacity = 4096;
  let bigramLast = new Int32Array(capacity).fill(-1);
  let bigramCounts = new Int32Array(capacity);
  // The current entry's pairs: where each first occurs, and what follows it there.
  let entryFirsts = new Int32Array(capacity);
  let entryAscii = new Int32Array(capacity);
  let entryOther = new Int32Array(capacity);
  // Which follower bits are exact. ASCII bits below OTHER_ASCII_BIT belong to one ASCII unit
  // each, so only non-ASCII followers need tracking, unit by unit: per pair and bit, the one
  // non-ASCII unit seen with it, UNSEEN, or SHARED; and per pair the bits ASCII followers set.
  let followers = new Int32Array(capacity * 32).fill(UNSEEN);
  let asciiBits = new Int32Array(capacity);

  const charEnds = new Int32Array(entries);
  const bigramEnds = new Int32Array(entries);
  const lengths = new Int32Array(entries);
  let units = 0;
  let longest = 0;
  for (let entry = 0; entry < entries; entry++) {
    let length = 0;
    for (let p = 0; p < partsPerEntry; p++) {
      length += (parts[entry * partsPerEntry + p] ?? '').length + 1;
    }
    lengths[entry] = length;
    units += length;
    longest = Math.max(longest, length);
  }
  // An entry of a digest has about one distinct char per 12 code units and one distinct pair
  // per 5: staging for one in 8 and one in 4 seldom grows.
  let stagedChars = new Uint16Array((units >> 3) + longest);
  let stagedBigrams = new Int32Array((units >> 2) + longest);
  let stagedFirsts = sized(stagedBigrams.length, longest);
  let stagedFollows = new Int32Array(stagedBigrams.length);
  const entryBigrams = new Int32Array(longest);
  let charCount = 0;
  let bigramCount = 0;

  for (let entry = 0, part = 0; entry < entries; entry++) {
    // An entry has no more distinct grams than code units: room for them all, checked once.
    const length = lengths[entry]!;
    if (charCount + length > stagedChars.length) {
      stagedChars = grown(stagedChars, 2 * (charCount + length));
    }
    if (bigramCount + length > stagedBigrams.length) {
      const size = 2 * (bigramCount + length);
      stagedBigrams = grown(stagedBigrams, size);
      stagedFirsts = grown(stagedFirsts, size);
      stagedFollows = grown(stagedFollows, size);
    }

    let distinct = 0;
    let offset = 0;
    for (const end = part + partsPerEntry; part < end; part++) {
      const text = parts[part] ?? '';
      let last = -1;
      let lastCode = 0;
      let lastBigram = -1;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        let id = charIds[code]!;
        if (id === -1) id = charIds[code] = chars++;
        if (charLast[id] !== entry) {
          charLast[id] = entry;
          charCounts[id]!++;
          stagedChars[charCount++] = id;
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
        if (last === -1 || !isIndexedPair(lastCode, code)) {
          lastBigram = -1;
        } else {
          const flat = last < FLAT && id < FLAT;
          let bigram = flat ? flatPairs[last * FLAT + id]! : -1;
          if (bigram === -1) {
            const key = lastCode * 0x10000 + code;
            bigram = bigramIds.get(key) ?? -1;
            if (bigram === -1) {
              bigram = bigrams++;
              bigramIds.set(key, bigram);
              if (bigram === capacity) {
                capacity *= 2;
                bigramLast = grown(bigramLast, capacity, -1);
                bigramCounts = grown(bigramCounts, capacity);
                entryFirsts = grown(entryFirsts, capacity);
                entryAscii = grown(entryAscii, capacity);
                entryOther = grown(entryOther, capacity);
                followers = grown(followers, capacity * 32, UNSEEN);
                asciiBits = grown(asciiBits, capacity);
              }
            }
            if (flat) flatPairs[last * FLAT + id] = bigram;
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
    for (let k = 0; k < distinct; k++) {
      const bigram = entryBigrams[k]!;
      bigramCounts[bigram]!++;
      stagedBigrams[bigramCount] = bigram;
      stagedFirsts[bigramCount] = entryFirsts[bigram]!;
      stagedFollows[bigramCount] = entryAscii[bigram]! | entryOther[bigram]!;
      bigramCount++;
      asciiBits[bigram]! |= entryAscii[bigram]!;
    }
    charEnds[entry] = charCount;
    bigramEnds[entry] = bigramCount;
  }

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
    charCounts: charCounts.subarray(0, chars),
    bigramIds,
    bigramCounts: bigramCounts.subarray(0, bigrams),
    sharedBits,
    longest,
    charEnds,
    bigramEnds,
    stagedChars,
    stagedBigrams,
    stagedFirsts,
    stagedFollows,
  };
}

/** Moves the staged grams of every entry, in entry order, to the end of their lists so far. */
function placePostings(scan: Scan, index: GramIndex): void {
  const { charEntries, bigramEntries, firsts, follows } = index;
  const { stagedChars, stagedBigrams, stagedFirsts, stagedFollows } = scan;
  const charNext = index.charOffsets.slice(0, -1);
  const bigramNext = index.bigramOffsets.slice(0, -1);
  for (let entry = 0, c = 0, b = 0; entry < scan.charEnds.length; entry++) {
    for (const end = scan.charEnds[entry]!; c < end; c++) {
      charEntries[charNext[stagedChars[c]!]!++] = entry;
    }
    for (const end = scan.bigramEnds[entry]!; b < end; b++) {
      const slot = bigramNext[stagedBigrams[b]!]!++;
      bigramEntries[slot] = entry;
      firsts[slot] = stagedFirsts[b]!;
      follows[slot] = stagedFollows[b]!;
    }
  }
}

/** A 16-bit array when every value is below `values`, else 32-bit. */
function sized(length: number, values: number): PostingArray {
  return values <= 0x10000 ? new Uint16Array(length) : new Int32Array(length);
}

/** A copy of `array` at a larger size, the new room filled with `fill`. */
function grown<Typed extends Int32Array | Uint16Array>(
  array: Typed,
  size: number,
  fill = 0,
): Typed {
  const next = new (array.constructor as new (length: number) => Typed)(size);
  if (fill !== 0) next.fill(fill, array.length);
  next.set(array);
  return next;
}

function prefixSums(counts: Int32Array): Int32Array {
  const offsets = new Int32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) offsets[i + 1] = (offsets[i] ?? 0) + (counts[i] ?? 0);
  return offsets;
}
