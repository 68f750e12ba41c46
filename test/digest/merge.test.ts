import { describe, expect, it } from 'vitest';
import { DigestMerger, parseDigest } from '../../src/digest';
import { digest, entryLines } from '../support/digest-factory';

const march = parseDigest(digest('2024년 3월 8일', entryLines({ title: 'Shared' })));
const april = parseDigest(
  digest(
    '2024년 4월 1일',
    entryLines({ title: 'New' }),
    '2024년 3월 8일',
    entryLines({ title: 'Shared', commentary: ['4월 파일에서 고친 해설입니다.'] }),
  ),
);

describe('DigestMerger', () => {
  it('joins files newest first and keeps the first entry of a paper that two files hold', () => {
    const merger = new DigestMerger();
    merger.add('2024-04.txt', april);
    merger.add('2024-03.txt', march);
    const { entries, warnings } = merger;
    expect(entries.map((entry) => [entry.id, entry.commentary])).toEqual([
      ['2024-04-01-new', '흥미로운 연구네요.'],
      ['2024-03-08-shared', '4월 파일에서 고친 해설입니다.'],
    ]);
    expect(warnings).toEqual([
      {
        file: '2024-03.txt',
        line: 2,
        kind: 'repeated-paper',
        quote: 'Shared',
        message: 'paper 2024-03-08-shared is also in 2024-04.txt at line 8; kept that one',
      },
    ]);
  });

  it('names the file in every warning', () => {
    const result = parseDigest(digest(entryLines({ tags: '' })));
    const merger = new DigestMerger();
    merger.add('a.txt', result);
    expect(merger.warnings).toEqual([
      {
        file: 'a.txt',
        line: 1,
        kind: 'no-tags',
        message: 'entry has no tag line; left its tags empty',
        quote: 'A Study of Things',
      },
    ]);
  });

  it('only ever adds entries at the end, whatever part of which file comes next', () => {
    const merger = new DigestMerger();
    const [newPaper, shared] = april.entries;
    merger.add('2024-04.txt', { entries: newPaper ? [newPaper] : [], warnings: [] });
    const first = [...merger.entries];
    merger.add('2024-04.txt', { entries: shared ? [shared] : [], warnings: [] });
    merger.add('2024-03.txt', march);
    expect(merger.entries.slice(0, first.length)).toEqual(first);
    expect(merger.entries.map((entry) => entry.id)).toEqual([
      '2024-04-01-new',
      '2024-03-08-shared',
    ]);
    expect(merger.warnings.map((warning) => warning.file)).toEqual(['2024-03.txt']);
  });

  describe('two copies of one paper', () => {
    const shared = parseDigest(digest('2024년 3월 8일', entryLines({ title: 'Shared' })));
    const fixed = parseDigest(
      digest('2024년 3월 8일', entryLines({ title: 'Shared', commentary: ['고친 해설입니다.'] })),
    );

    it('lists an identical copy once, counting it as repeated without a conflict', () => {
      const merger = new DigestMerger();
      merger.add('a.txt', shared, { changedAt: 1 });
      merger.add('b.txt', shared, { changedAt: 2 });
      expect(merger.entries).toHaveLength(1);
      expect(merger.conflicts).toEqual([]);
      expect(merger.tallies.get('b.txt')).toEqual({ added: 0, repeated: 1 });
      expect(merger.takeReplaced()).toBe(false);
    });

    it("lists the copy of the source changed last in the first copy's place", () => {
      const merger = new DigestMerger();
      merger.add('a.txt', april, { label: '4월 파일', changedAt: 1 });
      merger.add('b.txt', fixed, { label: '붙여넣기 2024-03-08', changedAt: 2 });
      expect(merger.entries.map((entry) => [entry.title, entry.commentary])).toEqual([
        ['New', '흥미로운 연구네요.'],
        ['Shared', '고친 해설입니다.'],
      ]);
      expect(merger.conflicts).toEqual([
        {
          id: '2024-03-08-shared',
          title: 'Shared',
          kept: '붙여넣기 2024-03-08',
          other: '4월 파일',
        },
      ]);
      expect(merger.takeReplaced()).toBe(true);
      expect(merger.takeReplaced()).toBe(false);
    });

    it('keeps the first copy when the later source is older', () => {
      const merger = new DigestMerger();
      merger.add('a.txt', fixed, { changedAt: 5 });
      merger.add('b.txt', shared, { changedAt: 2 });
      expect(merger.entries[0]?.commentary).toBe('고친 해설입니다.');
      expect(merger.conflicts).toMatchObject([{ kept: 'a.txt', other: 'b.txt' }]);
      expect(merger.takeReplaced()).toBe(false);
    });
  });
});
