import { describe, expect, it } from 'vitest';
import { parseDigest, parseNewestDays, parseNewestDaysFromBytes } from '../../src/digest';
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

describe('parseNewestDaysFromBytes', () => {
  const text = syntheticDigest({ entries: 400, seed: 7 });
  const bytes = new TextEncoder().encode(text);
  const full = parseDigest(text);

  it.each([20_000, 20_001, 20_002, 33_333])(
    'matches the full parse for a cut %i bytes from the end, even inside a character',
    (tail) => {
      const newest = parseNewestDaysFromBytes(bytes, tail);
      expect(newest).not.toBeNull();
      const count = newest!.entries.length;
      expect(count).toBeGreaterThan(0);
      expect(newest!.entries).toEqual(full.entries.slice(-count));
    },
  );

  it('gives up where the tail is the whole file', () => {
    expect(parseNewestDaysFromBytes(bytes, bytes.length)).toBeNull();
  });
});
