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
/** Staging buckets for the pair lists; see `fillPostings`. */
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

/** Ids of characters and pairs as the text reveals them, with the number of entries of each. */
interface Census {
  readonly charIds: Int32Array;
  readonly charCounts: Int32Array;
  /** Pair ids by `firstId * FLAT + secondId` where both ids are below FLAT. */
  readonly flatPairs: Int32Array;
  /** Pair ids by `first * 0x10000 + second` (code units), for all pairs. */
  readonly bigramIds: Map<number, number>;
  readonly bigramCounts: Int32Array;
  /** The longest entry, in offsets. */
  readonly longest: number;
}

/**
 * Builds the index in two passes over the text: the first assigns ids and counts each gram's
 * entries, which sizes every list; the second fills them. Entries are visited in order, so
 * lists come out sorted. Knowing the sizes needs no growing buffers, whose copies and garbage
 * cost more than reading the text twice. `parts` holds `partsPerEntry` parts per entry.
 */
export function buildGramIndex(parts: readonly string[], partsPerEntry: number): GramIndex {
  const entries = Math.floor(parts.length / partsPerEntry);
  const census = countGrams(parts, partsPerEntry);
  const charOffsets = prefixSums(census.charCounts);
  const bigramOffsets = prefixSums(census.bigramCounts);
  const postings = bigramOffsets.at(-1) ?? 0;
  const index: GramIndex = {
    charIds: census.charIds,
    bigramIds: census.bigramIds,
    charOffsets,
    charEntries: sized(charOffsets.at(-1) ?? 0, entries),
    bigramOffsets,
    bigramEntries: sized(postings, entries),
    firsts: sized(postings, census.longest),
    follows: new Int32Array(postings),
    sharedBits: new Int32Array(census.bigramCounts.length),
  };
  fillPostings(parts, partsPerEntry, census, index);
  return index;
}

function countGrams(parts: readonly string[], partsPerEntry: number): Census {
  const charIds = new Int32Array(0x10000).fill(-1);
  const flatPairs = new Int32Array(FLAT * FLAT).fill(-1);
  const bigramIds = new Map<number, number>();
  let chars = 0;
  let charLast = new Int32Array(256).fill(-1);
  let charCounts = new Int32Array(256);
  let bigrams = 0;
  let bigramLast = new Int32Array(4096).fill(-1);
  let bigramCounts = new Int32Array(4096);
  let longest = 0;
  for (let entry = 0, part = 0; part < parts.length; entry++) {
    let length = 0;
    for (const end = part + partsPerEntry; part < end; part++) {
      const text = parts[part] ?? '';
      length += text.length + 1;
      let last = -1;
      let lastCode = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        let id = charIds[code]!;
        if (id === -1) {
          id = charIds[code] = chars++;
          if (id === charLast.length) {
            charLast = grown(charLast, id * 2, -1);
            charCounts = grown(charCounts, id * 2, 0);
          }
        }
        if (charLast[id] !== entry) {
          charLast[id] = entry;
          charCounts[id]!++;
        }
        if (last !== -1 && isIndexedPair(lastCode, code)) {
          const flat = last < FLAT && id < FLAT;
          let bigram = flat ? flatPairs[last * FLAT + id]! : -1;
          if (bigram === -1) {
            const key = lastCode * 0x10000 + code;
            bigram = bigramIds.get(key) ?? -1;
            if (bigram === -1) {
              bigram = bigrams++;
              bigramIds.set(key, bigram);
              if (bigram === bigramLast.length) {
                bigramLast = grown(bigramLast, bigram * 2, -1);
                bigramCounts = grown(bigramCounts, bigram * 2, 0);
              }
            }
            if (flat) flatPairs[last * FLAT + id] = bigram;
          }
          if (bigramLast[bigram] !== entry) {
            bigramLast[bigram] = entry;
            bigramCounts[bigram]!++;
          }
        }
        last = id;
        lastCode = code;
      }
    }
    longest = Math.max(longest, length);
  }
  return {
    charIds,
    charCounts: charCounts.subarray(0, chars),
    flatPairs,
    bigramIds,
    bigramCounts: bigramCounts.subarray(0, bigrams),
    longest,
  };
}

/**
 * The second pass. Pair postings come out of the text in entry order and belong in per-pair
 * lists all over the arrays: written straight there, each would miss the cache. So they are
 * staged by buckets of neighbouring pair ids (each bucket a run of the arrays, appended to in
 * order), then moved into place bucket by bucket, within a run small enough to stay in cache.
 */
function fillPostings(
  parts: readonly string[],
  partsPerEntry: number,
  census: Census,
  index: GramIndex,
): void {
  const { charIds, flatPairs, bigramIds } = census;
  const { charEntries, bigramEntries, firsts, follows, charOffsets, bigramOffsets } = index;
  const bigrams = census.bigramCounts.length;
  const charNext = charOffsets.slice(0, -1);
  const charLast = new Int32Array(census.charCounts.length).fill(-1);
  const bigramLast = new Int32Array(bigrams).fill(-1);
  const shift = Math.max(0, Math.ceil(Math.log2(bigrams / BUCKETS)));
  const buckets = (bigrams >> shift) + 1;
  const bucketStart = (bucket: number) => bigramOffsets[Math.min(bucket << shift, bigrams)] ?? 0;
  const bucketNext = Int32Array.from({ length: buckets }, (_, bucket) => bucketStart(bucket));
  const staged = sized(follows.length, bigrams);
  // Which follower bits are exact. ASCII bits below OTHER_ASCII_BIT belong to one ASCII unit
  // each, so only non-ASCII followers need tracking, unit by unit: per pair and bit, the one
  // non-ASCII unit seen with it, UNSEEN, or SHARED; and per pair the bits ASCII followers set.
  const followers = new Int32Array(bigrams * 32).fill(UNSEEN);
  const asciiBits = new Int32Array(bigrams);
  // The current entry's pairs, where each first occurs, and what follows it there.
  const entryBigrams = new Int32Array(census.longest);
  const entryFirsts = new Int32Array(bigrams);
  const entryAscii = new Int32Array(bigrams);
  const entryOther = new Int32Array(bigrams);

  for (let entry = 0, part = 0; part < parts.length; entry++) {
    let distinct = 0;
    let offset = 0;
    for (const end = part + partsPerEntry; part < end; part++) {
      const text = parts[part] ?? '';
      let last = -1;
      let lastCode = 0;
      let lastBigram = -1;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        const id = charIds[code]!;
        if (charLast[id] !== entry) {
          charLast[id] = entry;
          charEntries[charNext[id]!++] = entry;
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
          const bigram =
            last < FLAT && id < FLAT
              ? flatPairs[last * FLAT + id]!
              : bigramIds.get(lastCode * 0x10000 + code)!;
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
      const slot = bucketNext[bigram >> shift]!++;
      staged[slot] = bigram;
      bigramEntries[slot] = entry;
      firsts[slot] = entryFirsts[bigram]!;
      follows[slot] = entryAscii[bigram]! | entryOther[bigram]!;
      asciiBits[bigram]! |= entryAscii[bigram]!;
    }
  }

  const place = bigramOffsets.slice(0, -1);
  for (let bucket = 0; bucket < buckets; bucket++) {
    const from = bucketStart(bucket);
    const to = bucketStart(bucket + 1);
    const stagedEntries = bigramEntries.slice(from, to);
    const stagedFirsts = firsts.slice(from, to);
    const stagedFollows = follows.slice(from, to);
    for (let k = from; k < to; k++) {
      const slot = place[staged[k]!]!++;
      bigramEntries[slot] = stagedEntries[k - from]!;
      firsts[slot] = stagedFirsts[k - from]!;
      follows[slot] = stagedFollows[k - from]!;
    }
  }

  // A bit is shared when two non-ASCII units set it, or one and an ASCII unit, or it is the one
  // bit of all the rarer ASCII units.
  const { sharedBits } = index;
  sharedBits.fill(1 << OTHER_ASCII_BIT);
  for (let seen = 0; seen < followers.length; seen++) {
    const follower = followers[seen];
    const bigram = seen >> 5;
    const bit = 1 << (seen & 31);
    if (follower === SHARED || (follower !== UNSEEN && (asciiBits[bigram]! & bit) !== 0)) {
      sharedBits[bigram]! |= bit;
    }
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

function prefixSums(counts: Int32Array): Int32Array {
  const offsets = new Int32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) offsets[i + 1] = (offsets[i] ?? 0) + (counts[i] ?? 0);
  return offsets;
}
