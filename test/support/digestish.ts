import fc from 'fast-check';

/**
 * Random lines that often look like a digest's: dates (valid, impossible, with a weekday or a
 * leading space), titles, authors, tags, URLs, Korean and English prose, a lone CR, a control
 * character, blank lines, and arbitrary text. Joined with `\n`, they make digest-like documents
 * for property tests.
 */
export const digestishLine = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '2024년 3월 8일',
    '2024년 3월 9일 (토)',
    ' 2024년 3월 10일',
    '2024년 13월 45일',
    'Title Of A Paper',
    '(Ann Lee, Bo Kim)',
    '(01.AI: Alex Young',
    '#llm #rl',
    '# Links',
    'https://arxiv.org/abs/2403.04652',
    '해설입니다.',
    'An English sentence here.',
    '(',
    '#',
    '',
    '\r',
    '\u0000',
    '\u0001',
  ),
);

export function digestishText(maxLines: number): fc.Arbitrary<string> {
  return fc.array(digestishLine, { maxLength: maxLines }).map((lines) => lines.join('\n'));
}
