import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mathToPlainText, plainTitle, texToPlainText } from '../../src/text';

describe('plainTitle', () => {
  it.each([
    ['$μ$P: Scaling', 'μP: Scaling'],
    ['$\\mu$P', 'μP'],
    ['S$^2$R', 'S²R'],
    ['H$_2$O', 'H₂O'],
    ['From $f(x)$ and $g(x)$ to $f(g(x))$', 'From f(x) and g(x) to f(g(x))'],
    ['Any $\\beta_2$ with', 'Any β₂ with'],
    ['$\\infty$Bench', '∞Bench'],
    ['REDUCIO! Generating 1024$\\times$1024 Video', 'REDUCIO! Generating 1024×1024 Video'],
    ['Skip $\\textbackslash n$: A', 'Skip \\n: A'],
    ['Within a \\$10,000 Budget', 'Within a $10,000 Budget'],
    ['With $100K Budget', 'With $100K Budget'],
    ['PixArt-\\Sigma', 'PixArt-Σ'],
  ])('reads %s as %s', (title, plain) => {
    expect(plainTitle(title)).toBe(plain);
  });

  it('keeps titles without TeX exactly', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[^\\$]*$/), (title) => {
        expect(plainTitle(title)).toBe(title);
      }),
    );
  });

  it('keeps markup-looking text as text', () => {
    expect(plainTitle('<script>alert(1)</script> $x$')).toBe('<script>alert(1)</script> x');
  });
});

describe('mathToPlainText', () => {
  it.each([
    ['x^{n+1}', 'xⁿ⁺¹'],
    ['L^2', 'L²'],
    ['W_K^TW_Q', 'W_KᵀW_Q'],
    ['B_\\mathrm{crit}', 'B_crit'],
    ['2^{18}', '2¹⁸'],
    ['\\frac{1}{\\sqrt{T}}', '1/√T'],
    ['\\frac{a+b}{2}', '(a+b)/2'],
    ['\\mathcal{O} ( 1 / \\sqrt{T} )', 'O ( 1 / √T )'],
    ['T \\to \\infty', 'T → ∞'],
    ['\\eta \\propto 1', 'η ∝ 1'],
    ['\\left\\{ x \\right\\}', '{ x }'],
    ['\\|A\\|^2', '‖A‖²'],
    ['\\text{a b}', 'a b'],
    ['\\unicode{x2014}', '—'],
    ['x^{\\times 2}', 'x^(× 2)'],
    ['\\foo{x}', 'foox'],
    ['{{{a', 'a'],
    ['a}}}', 'a'],
    ['x^', 'x'],
  ])('reads %s as %s', (tex, plain) => {
    expect(mathToPlainText(tex)).toBe(plain);
  });

  it('never throws and stays linear on deep nesting', () => {
    fc.assert(
      fc.property(fc.string(), (tex) => {
        expect(typeof mathToPlainText(tex)).toBe('string');
      }),
    );
    const started = performance.now();
    mathToPlainText(`${'{^'.repeat(100_000)}x${'}'.repeat(100_000)}`);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('texToPlainText', () => {
  it('reads an abstract as text, formulas included', () => {
    expect(
      texToPlainText('\\textbf{Fast} at 256$\\times$256 for $0.70 per image -- \\eg here'),
    ).toBe('Fast at 256×256 for $0.70 per image – e.g. here');
  });
});
