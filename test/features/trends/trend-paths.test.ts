import { describe, expect, it } from 'vitest';
import { periodListPath, trendsPath } from '../../../src/features/trends/trend-paths';

describe('trendsPath', () => {
  it('is /trends, with the chosen tags and the digest opened by address when there are any', () => {
    expect(trendsPath()).toBe('/trends');
    expect(trendsPath({ tags: ['llm', 'rl'] })).toBe('/trends?tags=llm%2Crl');
    expect(trendsPath({ tags: [], src: 'https://example.org/d.txt' })).toBe(
      '/trends?src=https%3A%2F%2Fexample.org%2Fd.txt&tags=',
    );
  });
});

describe('periodListPath', () => {
  it("leads to the tag's list between the period's first and last days", () => {
    const march = { from: '2024-03-01', to: '2024-03-31' };
    expect(periodListPath('llm', march, null)).toBe('/tags/llm?from=2024-03-01&to=2024-03-31');
    expect(periodListPath('c++', march, 'https://example.org/d.txt')).toBe(
      '/tags/c%2B%2B?src=https%3A%2F%2Fexample.org%2Fd.txt&from=2024-03-01&to=2024-03-31',
    );
  });
});
