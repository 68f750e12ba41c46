import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newestDaysFirst, parseDigest, type DigestEntry } from '../../src/digest';
import { digest, entryLines } from '../support/digest-factory';
import { digestishText } from '../support/digestish';
import { syntheticDigest } from '../support/synthetic-digest';

const withoutLines = (entries: DigestEntry[]) =>
  entries.map(({ line: _line, ...fields }) => fields).sort((a, b) => a.id.localeCompare(b.id));

const dates = (text: string) => parseDigest(text).entries.map((entry) => entry.date);

describe('newestDaysFirst', () => {
  it('puts the newest day first and keeps each day whole', () => {
    const text = digest(
      '2024년 3월 7일',
      entryLines({ title: 'Older Paper' }),
      '2024년 3월 8일 (금)',
      entryLines({ title: 'Newer Paper' }),
      entryLines({ title: 'Second Newer Paper' }),
    );
    const { entries } = parseDigest(newestDaysFirst(text));
    expect(entries.map((entry) => entry.title)).toEqual([
      'Newer Paper',
      'Second Newer Paper',
      'Older Paper',
    ]);
  });

  it('keeps text before the first date line first, and days of one date in file order', () => {
    const text = digest(
      entryLines({ title: 'Undated Paper' }),
      '2024년 3월 8일',
      entryLines({ title: 'First' }),
      '2024년 3월 9일',
      entryLines({ title: 'Newest' }),
      '2024년 3월 8일',
      entryLines({ title: 'Second' }),
    );
    const titles = parseDigest(newestDaysFirst(text)).entries.map((entry) => entry.title);
    expect(titles).toEqual(['Undated Paper', 'Newest', 'First', 'Second']);
  });

  it('moves days whose date is impossible to the end, still undated', () => {
    const text = digest(
      '2024년 2월 30일',
      entryLines({ title: 'Impossible Day' }),
      '2024년 3월 8일',
      entryLines({ title: 'Real Day' }),
    );
    expect(dates(newestDaysFirst(text))).toEqual(['2024-03-08', null]);
  });

  it('ends a last day that has no line break before the day that now follows it', () => {
    const text =
      '2024년 3월 7일\r\nOld Paper\r\n(A Author)\r\n#llm\r\n2024년 3월 8일\r\nNew Paper\r\n(B Author)\r\n#rl';
    const moved = newestDaysFirst(text);
    expect(parseDigest(moved).entries.map((entry) => [entry.title, entry.tags])).toEqual([
      ['New Paper', ['rl']],
      ['Old Paper', ['llm']],
    ]);
  });

  it('keeps a byte order mark at the start of the file', () => {
    const text = `\uFEFF${digest('2024년 3월 7일', entryLines({ title: 'Old' }), '2024년 3월 8일', entryLines({ title: 'New' }))}`;
    const moved = newestDaysFirst(text);
    expect(moved.startsWith('\uFEFF2024년 3월 8일')).toBe(true);
    expect(moved.indexOf('\uFEFF', 1)).toBe(-1);
  });

  it('returns text without date lines as it is', () => {
    expect(newestDaysFirst('')).toBe('');
    expect(newestDaysFirst('just a line\nand another')).toBe('just a line\nand another');
  });

  it('changes no entry but its line number, whatever the text', () => {
    fc.assert(
      fc.property(digestishText(60), (text) => {
        const moved = newestDaysFirst(text);
        expect(withoutLines(parseDigest(moved).entries)).toEqual(
          withoutLines(parseDigest(text).entries),
        );
      }),
      { numRuns: 400 },
    );
  });

  it('serves a large archive newest day first, with every paper as before', () => {
    const text = syntheticDigest({ entries: 600 });
    const moved = parseDigest(newestDaysFirst(text)).entries;
    const dated = moved.map((entry) => entry.date ?? '');
    expect(dated).toEqual([...dated].sort().reverse());
    expect(withoutLines(moved)).toEqual(withoutLines(parseDigest(text).entries));
  });
});
