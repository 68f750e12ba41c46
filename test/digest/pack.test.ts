import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  packedBuffers,
  packEntries,
  parseDigest,
  unpackEntries,
  type DigestEntry,
} from '../../src/digest';
import { syntheticDigest } from '../support/synthetic-digest';

const text = fc.string({ unit: 'grapheme', maxLength: 40 });
const entry: fc.Arbitrary<DigestEntry> = fc.record({
  id: text,
  date: fc.option(text, { nil: null }),
  title: text,
  authors: fc.array(text, { maxLength: 4 }),
  affiliation: text,
  abstract: text,
  commentary: text,
  translation: text,
  tags: fc.array(text, { maxLength: 4 }),
  links: fc.array(text, { maxLength: 3 }),
  line: fc.nat(),
});

describe('packEntries', () => {
  it('unpacks into equal entries, whatever their text', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 8 }), (entries) => {
        expect(unpackEntries(packEntries(entries))).toEqual(entries);
      }),
    );
  });

  it('passes a digest between threads with its buffers transferred', () => {
    const { entries } = parseDigest(syntheticDigest({ entries: 40 }));
    const packed = packEntries(entries);
    const received = structuredClone(packed, { transfer: packedBuffers(packed) });
    expect(packed.ends.byteLength).toBe(0);
    expect(unpackEntries(received)).toEqual(entries);
  });

  it('packs no entries into nothing', () => {
    expect(unpackEntries(packEntries([]))).toEqual([]);
  });
});
