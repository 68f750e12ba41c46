import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDigest, parseDigest } from '../../src/digest';
import { digestishText } from '../support/digestish';

const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), digestishText(60));

/** Lines that could open an entry: everything but blank, date, URL and tag lines. */
function titleLikeLines(text: string): number {
  const { entries } = parseDigest(text);
  return entries.length === 0
    ? 0
    : text
        .replace(/^\uFEFF/, '')
        .split(/\r\n|\r|\n/)
        // eslint-disable-next-line no-control-regex -- the parser drops control characters too
        .map((line) => line.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '').trim())
        .filter(
          (line) =>
            line !== '' &&
            !/^\d{4}\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일/.test(line) &&
            !/^https?:\/\/\S+$/i.test(line) &&
            !/^(#[^\s#]+\s*)+$/.test(line),
        ).length;
}

describe('parseDigest on arbitrary text', () => {
  it('never throws and returns well-formed entries', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { entries, warnings } = parseDigest(text);
        for (const entry of entries) {
          expect(entry.line).toBeGreaterThan(0);
          expect(entry.id).not.toBe('');
        }
        for (const warning of warnings) expect(warning.line).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('never finds more entries than title lines', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(parseDigest(text).entries.length).toBeLessThanOrEqual(titleLikeLines(text));
      }),
      { numRuns: 500 },
    );
  });

  it('gives every entry a distinct id', () => {
    fc.assert(
      fc.property(digestishText(60), (text) => {
        const ids = parseDigest(text).entries.map((entry) => entry.id);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 300 },
    );
  });
});

const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,8}$/);
const words = (min: number, max: number) =>
  fc.array(word, { minLength: min, maxLength: max }).map((list) => list.join(' '));
const koreanLine = fc
  .array(fc.constantFrom('모델', '학습', '데이터를', '흥미롭네요.', 'RLHF', '결과', '(2024)'), {
    minLength: 1,
    maxLength: 8,
  })
  .map((list) => `${list.join(' ')} 입니다.`);

const entryArbitrary = fc.record({
  date: fc.constantFrom('2023-01-10', '2024-03-08', '2024-12-31'),
  title: words(1, 8),
  authors: fc.array(words(1, 3), { minLength: 1, maxLength: 6 }),
  affiliation: fc.oneof(fc.constant(''), fc.constantFrom('01.AI', 'Qwen', 'Jamba Team')),
  abstract: fc.oneof(
    fc.constant(''),
    words(3, 30).map((text) => `${text}.`),
  ),
  commentary: fc.array(koreanLine, { maxLength: 3 }).map((lines) => lines.join('\n')),
  tags: fc.array(fc.stringMatching(/^[a-z][a-z0-9_-]{0,10}$/), { minLength: 1, maxLength: 4 }),
  links: fc.oneof(
    fc.constant([] as string[]),
    fc.nat(99999).map((n) => [`https://arxiv.org/abs/2403.${String(n).padStart(5, '0')}`]),
  ),
});

describe('formatDigest', () => {
  it('writes entries that parseDigest reads back the same', () => {
    fc.assert(
      fc.property(fc.array(entryArbitrary, { maxLength: 8 }), (generated) => {
        const entries = generated
          .map((entry) => ({
            ...entry,
            translation: entry.commentary ? 'The same in English, more or less.' : '',
          }))
          .sort((a, b) => a.date.localeCompare(b.date));
        const parsed = parseDigest(formatDigest(entries)).entries;
        expect(parsed.map(({ id, line, ...fields }) => fields)).toEqual(entries);
      }),
      { numRuns: 300 },
    );
  });
});
