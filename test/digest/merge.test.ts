import { describe, expect, it } from 'vitest';
import { mergeDigests, parseDigest } from '../../src/digest';
import { digest, entryLines } from '../support/digest-factory';

describe('mergeDigests', () => {
  it('joins files in order and reports a paper that two files both hold', () => {
    const march = parseDigest(digest('2024년 3월 8일', entryLines({ title: 'Shared' })));
    const april = parseDigest(
      digest(
        '2024년 4월 1일',
        entryLines({ title: 'New' }),
        '2024년 3월 8일',
        entryLines({ title: 'Shared' }),
      ),
    );
    const { entries, warnings } = mergeDigests([
      { name: '2024-03.txt', result: march },
      { name: '2024-04.txt', result: april },
    ]);
    expect(entries.map((entry) => entry.id)).toEqual(['2024-03-08-shared', '2024-04-01-new']);
    expect(warnings).toEqual([
      {
        file: '2024-04.txt',
        line: 8,
        message: 'paper 2024-03-08-shared is also in 2024-03.txt at line 2; kept that one',
      },
    ]);
  });

  it('names the file in every warning', () => {
    const result = parseDigest(digest(entryLines({ tags: '' })));
    expect(mergeDigests([{ name: 'a.txt', result }]).warnings).toEqual([
      { file: 'a.txt', line: 1, message: 'entry has no tag line; left its tags empty' },
    ]);
  });
});
