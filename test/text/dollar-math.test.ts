import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDollarMath } from '../../src/text';

describe('toDollarMath', () => {
  it.each([
    ['식 \\(x^2\\) 입니다', '식 $ x^2 $ 입니다'],
    ['식 \\[\\sum_i x_i\\] 입니다', '식 $ \\sum_i x_i $ 입니다'],
    ['\\(a$b\\)', '$$ a$b $$'],
    ['\\(a$$b\\)', '$$$ a$$b $$$'],
    ['\\(a\nb\\)', '$ a b $'],
    ['\\(a\\\\)b\\)', '$ a\\\\)b $'],
  ])('rewrites %j as %j', (markdown, expected) => {
    expect(toDollarMath(markdown)).toBe(expected);
  });

  it.each([
    'no math here',
    'already $x$ and $$y$$',
    'escaped \\\\(x\\\\)',
    'unclosed \\(x',
    'empty \\( \\)',
    'in code `\\(x\\)` stays',
    'in longer code ``a ` \\(x\\)`` stays',
    '```\n\\[x\\]\n```',
    'across \\(x\n\ny\\) paragraphs',
  ])('leaves %j alone', (markdown) => {
    expect(toDollarMath(markdown)).toBe(markdown);
  });

  it('rewrites after a code span and after an unmatched backtick', () => {
    expect(toDollarMath('`code` \\(a\\) and ` \\(b\\)')).toBe('`code` $ a $ and ` $ b $');
  });

  it('leaves text without delimiters unchanged', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[^\\]*$/), (markdown) => {
        expect(toDollarMath(markdown)).toBe(markdown);
      }),
    );
  });

  it('never throws and keeps every letter', () => {
    fc.assert(
      fc.property(
        fc
          .array(
            fc.oneof(
              fc.constantFrom('\\(', '\\)', '\\[', '\\]', '\\', '`', '$', '\n\n'),
              fc.string(),
            ),
          )
          .map((pieces) => pieces.join('')),
        (markdown) => {
          const letters = (text: string) => text.replace(/[^A-Za-z]/g, '');
          expect(letters(toDollarMath(markdown))).toBe(letters(markdown));
        },
      ),
    );
  });

  it.each(['\\(', '`', '`\\(', '\\(`'])('stays linear on runs of %j', (unit) => {
    const markdown = unit.repeat(Math.ceil(200_000 / unit.length));
    const started = performance.now();
    toDollarMath(markdown);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
