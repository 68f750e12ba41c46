import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasMath, typesetAbstract } from '../../src/text';

describe('hasMath', () => {
  it.each(['a $x$ b', '$$x$$', 'a \\(x\\) b', 'a \\[x\\] b', '식 $x^2$ 입니다'])(
    'finds math in %s',
    (text) => {
      expect(hasMath(text)).toBe(true);
    },
  );

  it.each([
    '',
    'plain text',
    '한국어 설명입니다. (https://arxiv.org/abs/2403.04652)',
    'costs $5',
    '\\textbf{x}',
  ])('finds no math in %s', (text) => {
    expect(hasMath(text)).toBe(false);
  });

  it('never misses a formula that typesetAbstract finds', () => {
    fc.assert(
      fc.property(
        fc
          .array(
            fc.oneof(fc.constantFrom('$', '$$', '\\(', '\\)', '\\[', '\\]', '\\'), fc.string()),
          )
          .map((pieces) => pieces.join('')),
        (text) => {
          if (typesetAbstract(text).some((segment) => segment.type === 'math')) {
            expect(hasMath(text)).toBe(true);
          }
        },
      ),
    );
  });
});
