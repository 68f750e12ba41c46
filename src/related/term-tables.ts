/*
 * Hash tables for the two kinds of term that an archive repeats millions of times: words and
 * pairs of Hangul syllables. A `Map` took most of the index's build, mostly to hash a new string
 * cut out of the text for every word; these look a word up where it stands in the text, and cut
 * it out only the first time it is seen.
 */

const EMPTY = -1;
const FIRST_CAPACITY = 1 << 12;

/** Open addressing, linear probing; grows at half full so that probes stay short. */
abstract class Table {
  protected slots = new Int32Array(FIRST_CAPACITY).fill(EMPTY);
  protected mask = FIRST_CAPACITY - 1;
  protected used = 0;

  protected grow(rehash: (entry: number) => number): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2).fill(EMPTY);
    this.mask = this.slots.length - 1;
    for (const entry of old) {
      if (entry === EMPTY) continue;
      let slot = rehash(entry) & this.mask;
      while (this.slots[slot] !== EMPTY) slot = (slot + 1) & this.mask;
      this.slots[slot] = entry;
    }
  }
}

/** Non-negative integers (pairs of syllables, as numbers) to values; `EMPTY` for absent. */
export class IntTable extends Table {
  private keys: number[] = [];
  private values: number[] = [];

  get(key: number): number {
    for (let slot = mix(key) & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot] as number;
      if (entry === EMPTY) return EMPTY;
      if (this.keys[entry] === key) return this.values[entry] as number;
    }
  }

  set(key: number, value: number): void {
    if ((this.used + 1) * 2 > this.slots.length)
      this.grow((entry) => mix(this.keys[entry] as number));
    let slot = mix(key) & this.mask;
    while (this.slots[slot] !== EMPTY) slot = (slot + 1) & this.mask;
    this.slots[slot] = this.keys.length;
    this.keys.push(key);
    this.values.push(value);
    this.used++;
  }
}

/** Strings, looked up by where they stand in a longer text, to values; `EMPTY` for absent. */
export class SliceTable extends Table {
  private keys: string[] = [];
  private hashes: number[] = [];
  private values: number[] = [];

  /** The value of `text.slice(start, end)`, without making that string. */
  get(text: string, start: number, end: number): number {
    const hash = hashSlice(text, start, end);
    const length = end - start;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot] as number;
      if (entry === EMPTY) return EMPTY;
      if (this.hashes[entry] !== hash) continue;
      const key = this.keys[entry] as string;
      if (key.length === length && text.startsWith(key, start)) return this.values[entry] as number;
    }
  }

  set(key: string, value: number): void {
    if ((this.used + 1) * 2 > this.slots.length) this.grow((entry) => this.hashes[entry] as number);
    const hash = hashSlice(key, 0, key.length);
    let slot = hash & this.mask;
    while (this.slots[slot] !== EMPTY) slot = (slot + 1) & this.mask;
    this.slots[slot] = this.keys.length;
    this.keys.push(key);
    this.hashes.push(hash);
    this.values.push(value);
    this.used++;
  }
}

/** FNV-1a over the code units, as a non-negative 31-bit number. */
function hashSlice(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 1;
}

/** Spreads consecutive integers over the table (multiplicative hashing). */
function mix(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 1;
}

export { EMPTY as ABSENT };
