/**
 * An inverted index of the characters and character pairs (bigrams) of normalised haystacks, in
 * UTF-16 code units like `String.prototype.includes`. Lists are exact: an entry is in a
 * character's or a pair's list exactly when its haystack contains it.
 *
 * Each pair posting also keeps where the pair first occurs in the entry, and in which of 32 equal
 * blocks of the entry's text it occurs, so that a check of a longer term can tell where the term
 * may start (or that it cannot occur) and read the text from there only; and it keeps the set of
 * code units that follow the pair in the entry, 32 bits wide (see `followBit`). A pair plus a follower is a trigram, so these
 * sets tell entries that hold `di` but not `dif` apart without the memory and build time of a
 * trigram index. Where only one code unit ever follows a pair with a given bit (for letters after
 * letters, nearly always), the bit is exact, and three-unit terms need no text read at all.
 */

/** Entry positions, ascending, or offsets in a haystack; 16-bit where they fit, to halve memory. */
export type PostingArray = Uint16Array | Int32Array;

export interface GramIndex {
  /** A dense id for each code unit that occurs, else -1. */
  readonly charIds: Int32Array;
  /** Number of distinct code units. */
  readonly alphabet: number;
  /** Bigram id by `firstId * alphabet + secondId`: a flat table for small alphabets, else a map. */
  readonly bigramIds: Int32Array | Map<number, number>;
  /** Postings of char id `c`: `charEntries[charOffsets[c] .. charOffsets[c + 1])`. */
  readonly charOffsets: Int32Array;
  readonly charEntries: PostingArray;
  /** Postings of bigram id `b`: `bigramEntries[bigramOffsets[b] .. bigramOffsets[b + 1])`. */
  readonly bigramOffsets: Int32Array;
  readonly bigramEntries: PostingArray;
  /** Per bigram posting: the offset of the pair's first occurrence in the haystack. */
  readonly firsts: PostingArray;
  /** Per bigram posting: the follower set, the bits of the code units that follow the pair. */
  readonly follows: Int32Array;
  /** Per bigram posting: bit `b` is set when the pair starts in block `b` of the haystack. */
  readonly blocks: Int32Array;
  /** Per entry: blocks are `1 << blockShift` code units long, the fewest bits for 32 of them. */
  readonly blockShifts: Uint8Array;
  /** Per bigram: the follower bits that more than one code unit sets somewhere in the corpus. */
  readonly sharedBits: Int32Array;
}

/** Largest alphabet whose bigram table is a flat array (16 MB at most). */
const FLAT_TABLE_ALPHABET = 2048;
const SEPARATOR_CODE = 10;
const UNSEEN = -1;
const SHARED = -2;

/**
 * Follower bits of ASCII code units: each letter has its own, as have the space and the
 * punctuation most often found after letters, so that a letter's bit is rarely shared and
 * three-letter terms are decided by the index. Other units use their low five bits.
 */
const ASCII_BITS = Uint8Array.from({ length: 128 }, (_, code) => {
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  const punctuation = ' .,-)'.indexOf(String.fromCharCode(code));
  if (punctuation !== -1) return 26 + punctuation;
  return 31;
});

/** The bit a code unit sets in the follower set of the pair before it. */
export function followBit(code: number): number {
  return 1 << (code < 0x80 ? (ASCII_BITS[code] ?? 31) : code & 31);
}

/**
 * Builds the index in two passes over the text: the first assigns ids and counts each gram's
 * entries, which sizes every list; the second writes postings straight into place. Entries are
 * visited in order, so lists come out sorted. Writing in place needs no growing buffers, whose
 * copies and garbage cost more than reading the text twice. Separator code units (between
 * parts) are no gram.
 */
export function buildGramIndex(haystacks: readonly string[]): GramIndex {
  const charIds = new Int32Array(0x10000).fill(-1);
  let alphabet = 0;
  let longest = 0;
  for (const text of haystacks) {
    longest = Math.max(longest, text.length);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (charIds[code] === -1 && code !== SEPARATOR_CODE) charIds[code] = alphabet++;
    }
  }
  const table =
    alphabet <= FLAT_TABLE_ALPHABET ? new Int32Array(alphabet * alphabet).fill(-1) : null;
  const map = new Map<number, number>();

  const charLast = new Int32Array(alphabet).fill(-1);
  const charCounts = new Int32Array(alphabet);
  let bigrams = 0;
  let bigramLast = new Int32Array(1 << 12).fill(-1);
  let bigramCounts = new Int32Array(1 << 12);
  for (let entry = 0; entry < haystacks.length; entry++) {
    const text = haystacks[entry] ?? '';
    let last = -1;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === SEPARATOR_CODE) {
        last = -1;
        continue;
      }
      const id = charIds[code]!;
      if (charLast[id] !== entry) {
        charLast[id] = entry;
        charCounts[id]!++;
      }
      if (last !== -1) {
        const key = last * alphabet + id;
        let bigram = table ? table[key]! : (map.get(key) ?? -1);
        if (bigram === -1) {
          bigram = bigrams++;
          if (table) table[key] = bigram;
          else map.set(key, bigram);
          if (bigram === bigramLast.length) {
            bigramLast = grown(bigramLast, bigram * 2, -1);
            bigramCounts = grown(bigramCounts, bigram * 2, 0);
          }
        }
        if (bigramLast[bigram] !== entry) {
          bigramLast[bigram] = entry;
          bigramCounts[bigram]!++;
        }
      }
      last = id;
    }
  }

  const charOffsets = prefixSums(charCounts, alphabet);
  const bigramOffsets = prefixSums(bigramCounts, bigrams);
  const sized = (count: number, values: number): PostingArray =>
    values <= 0x10000 ? new Uint16Array(count) : new Int32Array(count);
  const charEntries = sized(charOffsets[alphabet] ?? 0, haystacks.length);
  const postings = bigramOffsets[bigrams] ?? 0;
  const bigramEntries = sized(postings, haystacks.length);
  const firsts = sized(postings, longest);
  const follows = new Int32Array(postings);
  const blocks = new Int32Array(postings);
  const blockShifts = new Uint8Array(haystacks.length);
  // Per bigram and follower bit: the one code unit seen with it, UNSEEN, or SHARED.
  const followers = new Int32Array(bigrams * 32).fill(UNSEEN);
  const charNext = charOffsets.slice(0, alphabet);
  const bigramNext = bigramOffsets.slice(0, bigrams);
  const bigramSlot = new Int32Array(bigrams);
  charLast.fill(-1);
  bigramLast.fill(-1);
  for (let entry = 0; entry < haystacks.length; entry++) {
    const text = haystacks[entry] ?? '';
    let shift = 0;
    while ((text.length - 1) >> shift > 31) shift++;
    blockShifts[entry] = shift;
    // The previous code unit's id, and the pair ending at it with its posting.
    let last = -1;
    let lastBigram = -1;
    let lastSlot = -1;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === SEPARATOR_CODE) {
        last = -1;
        lastSlot = -1;
        continue;
      }
      const id = charIds[code]!;
      if (charLast[id] !== entry) {
        charLast[id] = entry;
        charEntries[charNext[id]!++] = entry;
      }
      if (lastSlot !== -1) {
        const bit = code < 0x80 ? ASCII_BITS[code]! : code & 31;
        follows[lastSlot]! |= 1 << bit;
        const seen = lastBigram * 32 + bit;
        const follower = followers[seen]!;
        if (follower !== code && follower !== SHARED) {
          followers[seen] = follower === UNSEEN ? code : SHARED;
        }
      }
      if (last === -1) {
        lastSlot = -1;
      } else {
        const key = last * alphabet + id;
        const bigram = table ? table[key]! : map.get(key)!;
        if (bigramLast[bigram] === entry) {
          lastSlot = bigramSlot[bigram]!;
        } else {
          bigramLast[bigram] = entry;
          lastSlot = bigramNext[bigram]!++;
          bigramSlot[bigram] = lastSlot;
          bigramEntries[lastSlot] = entry;
          firsts[lastSlot] = i - 1;
        }
        blocks[lastSlot]! |= 1 << ((i - 1) >> shift);
        lastBigram = bigram;
      }
      last = id;
    }
  }
  const sharedBits = new Int32Array(bigrams);
  for (let seen = 0; seen < followers.length; seen++) {
    if (followers[seen] === SHARED) sharedBits[seen >> 5]! |= 1 << (seen & 31);
  }
  return {
    charIds,
    alphabet,
    bigramIds: table ?? map,
    charOffsets,
    charEntries,
    bigramOffsets,
    bigramEntries,
    firsts,
    follows,
    blocks,
    blockShifts,
    sharedBits,
  };
}

/** The id of the bigram `first second` (code units), or -1 when no haystack contains it. */
export function bigramId(index: GramIndex, first: number, second: number): number {
  const a = index.charIds[first] ?? -1;
  const b = index.charIds[second] ?? -1;
  if (a === -1 || b === -1) return -1;
  const key = a * index.alphabet + b;
  const ids = index.bigramIds;
  return ids instanceof Map ? (ids.get(key) ?? -1) : (ids[key] ?? -1);
}

function grown(array: Int32Array, size: number, fill: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(size);
  if (fill !== 0) next.fill(fill, array.length);
  next.set(array);
  return next;
}

function prefixSums(counts: Int32Array, size: number): Int32Array {
  const offsets = new Int32Array(size + 1);
  for (let i = 0; i < size; i++) offsets[i + 1] = (offsets[i] ?? 0) + (counts[i] ?? 0);
  return offsets;
}
