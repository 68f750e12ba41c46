import { describe, expect, it } from 'vitest';
import { parseDigest, parseNewestDays } from '../../src/digest';
import { syntheticDigest } from '../support/synthetic-digest';

describe('parseNewestDays', () => {
  const text = syntheticDigest({ entries: 400 });
  const full = parseDigest(text);

  it('parses whole days from the tail, equal to the same entries of the full parse', () => {
    const newest = parseNewestDays(text, 20_000);
    expect(newest).not.toBeNull();
    const count = newest!.entries.length;
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(full.entries.length);
    expect(newest!.entries).toEqual(full.entries.slice(-count));
  });

  it('reports the newest day whole: the day before the cut is not split', () => {
    const newest = parseNewestDays(text, 20_000)!;
    const firstDate = newest.entries[0]?.date;
    const sameDay = full.entries.filter((entry) => entry.date === firstDate);
    expect(newest.entries.filter((entry) => entry.date === firstDate)).toEqual(sameDay);
  });

  it('gives up where no date line starts in the tail', () => {
    expect(parseNewestDays('2024년 3월 8일\nA\n(B)\n#c\n', 1000)).toBeNull();
    expect(parseNewestDays('A\n(B)\n#c\n', 5)).toBeNull();
  });
});
