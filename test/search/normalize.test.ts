import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, normalizeWithOffsets } from '../../src/search';
import { normalizeTexts } from '../../src/search/normalize';

/** Text with the characters normalisation cares about: jamo, combining marks, Σ, İ, whitespace. */
const tricky = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 4 }),
      fc.constantFrom(
        '모델',
        '모델'.normalize('NFD'),
        '\u1112\u1161',
        '\u11ab',
        'e\u0301',
        '\u0301',
        'ΟΔΟΣ ',
        'İ',
        'ς',
        'Å',
        '\u212b',
        '  ',
        '\t\n',
        '\u00a0',
        '\u3000',
        '𝒜',
        'RLHF',
        'José',
        'Ελληνικά',
        ' \u0301 ',
        '\u0308',
      ),
    ),
    { maxLength: 12 },
  )
  .map((pieces) => pieces.join(''));

describe('normalizeText', () => {
  it('composes decomposed Hangul, as macOS pastes it', () => {
    const decomposed = '강화학습 모델'.normalize('NFD');
    expect(decomposed).not.toBe('강화학습 모델');
    expect(normalizeText(decomposed)).toBe('강화학습 모델');
  });

  it('lower-cases and collapses whitespace, keeping everything else', () => {
    expect(normalizeText('RLHF  with\n\tPPO, 모델!')).toBe('rlhf with ppo, 모델!');
  });

  it('drops the accents of Latin and Greek letters, however they were typed', () => {
    expect(normalizeText('José Müller')).toBe('jose muller');
    expect(normalizeText('Jose\u0301 Mu\u0308ller')).toBe('jose muller');
    expect(normalizeText('Nguyễn Ελληνικά')).toBe('nguyen ελληνικα');
  });

  it('keeps Hangul and letters without an accent to drop as they are', () => {
    expect(normalizeText('강화학습 Ørsted Łukasz')).toBe('강화학습 ørsted łukasz');
  });

  it('collapses whitespace on both sides of a dropped accent', () => {
    expect(normalizeText('a \u0301 b')).toBe('a b');
  });

  it('folds final sigma, so that lower-casing does not depend on context', () => {
    expect(normalizeText('ΟΔΟΣ')).toBe(normalizeText('οδοσ'));
  });

  it('composes letters that a dropped accent stood between', () => {
    expect(normalizeText('하\u0308\u11ab')).toBe('한');
    expect(normalizeText(normalizeText('하\u0308\u11ab'))).toBe('한');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        expect(normalizeText(normalizeText(text))).toBe(normalizeText(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('normalizeTexts', () => {
  it('normalises each text as normalizeText does, in chunks or not, joint or no joint', () => {
    const texts = fc.array(
      fc.oneof(
        { weight: 8, arbitrary: tricky },
        {
          weight: 1,
          arbitrary: fc.constantFrom('a\0b', '\0', 'İ'.repeat(12_000), 'Ab  C\n'.repeat(6_000)),
        },
      ),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(texts, (list) => {
        expect(normalizeTexts(list)).toEqual(list.map(normalizeText));
      }),
      { numRuns: 300 },
    );
  });
});

describe('normalizeWithOffsets', () => {
  it('gives the same text as normalizeText, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(tricky, fc.string({ unit: 'binary', maxLength: 40 })), (text) => {
        expect(normalizeWithOffsets(text).text).toBe(normalizeText(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('maps every normalised unit to a non-empty, ordered span of the original', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        const { text: normalized, starts, ends } = normalizeWithOffsets(text);
        expect(starts.length).toBe(normalized.length);
        for (let i = 0; i < normalized.length; i++) {
          expect(starts[i]).toBeLessThan(ends[i] ?? 0);
          expect(ends[i]).toBeLessThanOrEqual(text.length);
          if (i > 0) expect(starts[i]).toBeGreaterThanOrEqual(starts[i - 1] ?? 0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('maps a composed syllable back to its three decomposed units', () => {
    const original = `a ${'한'.normalize('NFD')}b`;
    const { text, starts, ends } = normalizeWithOffsets(original);
    expect(text).toBe('a 한b');
    expect([starts[2], ends[2]]).toEqual([2, 5]);
    expect([starts[3], ends[3]]).toEqual([5, 6]);
  });
});
