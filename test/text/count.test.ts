import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/text';

describe('formatCount', () => {
  it('groups thousands with commas, as Korean writes counts', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(16040)).toBe('16,040');
    expect(formatCount(1234567)).toBe('1,234,567');
  });

  it('writes what Intl writes for Korean, for counts of every length', () => {
    const korean = new Intl.NumberFormat('ko-KR');
    for (let count = 1; count < 1e12; count = count * 7 + 3) {
      expect(formatCount(count)).toBe(korean.format(count));
    }
  });
});
