import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isSafeUrl,
  typesetAbstract,
  typesetTitle,
  type Segment,
  type TextStyle,
} from '../../src/text';

const plain = (text: string): Segment => ({ type: 'text', text, bold: false, italic: false });

/** What a reader sees: text as is, formulas as their source, links as their text. */
function visible(segments: Segment[]): string {
  return segments.map((s) => (s.type === 'math' ? s.tex : s.text)).join('');
}

describe('typesetAbstract', () => {
  it('keeps plain text as one segment', () => {
    expect(typesetAbstract('We introduce the Yi model family.')).toEqual([
      plain('We introduce the Yi model family.'),
    ]);
  });

  it('returns nothing for empty text', () => {
    expect(typesetAbstract('')).toEqual([]);
  });

  describe('emphasis', () => {
    it('makes \\textbf bold', () => {
      expect(typesetAbstract('Feedback (\\textbf{RLHF}) has')).toEqual([
        plain('Feedback ('),
        { type: 'text', text: 'RLHF', bold: true, italic: false },
        plain(') has'),
      ]);
    });

    it.each(['emph', 'textit'])('makes \\%s italic', (macro) => {
      expect(typesetAbstract(`a \\${macro}{new} task`)).toEqual([
        plain('a '),
        { type: 'text', text: 'new', bold: false, italic: true },
        plain(' task'),
      ]);
    });

    it('combines nested emphasis and restores it afterwards', () => {
      expect(typesetAbstract('\\textbf{very \\emph{strong}} end')).toEqual([
        { type: 'text', text: 'very ', bold: true, italic: false },
        { type: 'text', text: 'strong', bold: true, italic: true },
        plain(' end'),
      ]);
    });

    it('keeps inner braces of an emphasised group', () => {
      expect(visible(typesetAbstract('\\textbf{a {b} c} d'))).toBe('a {b} c d');
    });

    it('lets emphasis run to the end when its group is never closed', () => {
      expect(typesetAbstract('x \\textbf{open')).toEqual([
        plain('x '),
        { type: 'text', text: 'open', bold: true, italic: false },
      ]);
    });

    it('keeps a stray closing brace', () => {
      expect(typesetAbstract('a } b')).toEqual([plain('a } b')]);
    });
  });

  describe('Greek letters', () => {
    it('writes PixArt-\\Sigma and PixArt-\\alpha with Greek letters', () => {
      expect(typesetAbstract('PixArt-\\Sigma, a model~(DiT), improves on PixArt-\\alpha.')).toEqual(
        [plain('PixArt-Σ, a model\u00a0(DiT), improves on PixArt-α.')],
      );
    });

    it.each([
      ['alpha', 'α'],
      ['beta', 'β'],
      ['gamma', 'γ'],
      ['delta', 'δ'],
      ['epsilon', 'ε'],
      ['varepsilon', 'ε'],
      ['zeta', 'ζ'],
      ['eta', 'η'],
      ['theta', 'θ'],
      ['iota', 'ι'],
      ['kappa', 'κ'],
      ['lambda', 'λ'],
      ['mu', 'μ'],
      ['nu', 'ν'],
      ['xi', 'ξ'],
      ['pi', 'π'],
      ['rho', 'ρ'],
      ['sigma', 'σ'],
      ['tau', 'τ'],
      ['upsilon', 'υ'],
      ['phi', 'φ'],
      ['varphi', 'φ'],
      ['chi', 'χ'],
      ['psi', 'ψ'],
      ['omega', 'ω'],
      ['Gamma', 'Γ'],
      ['Delta', 'Δ'],
      ['Theta', 'Θ'],
      ['Lambda', 'Λ'],
      ['Xi', 'Ξ'],
      ['Pi', 'Π'],
      ['Sigma', 'Σ'],
      ['Upsilon', 'Υ'],
      ['Phi', 'Φ'],
      ['Psi', 'Ψ'],
      ['Omega', 'Ω'],
    ])('writes \\%s as %s', (name, letter) => {
      expect(typesetAbstract(`(\\${name})`)).toEqual([plain(`(${letter})`)]);
    });

    it('drops the empty group TeX authors put after a macro', () => {
      expect(typesetAbstract('\\mu{} P')).toEqual([plain('μ P')]);
    });

    it('leaves longer macro names that start with a Greek name alone', () => {
      expect(typesetAbstract('\\alphabet')).toEqual([plain('\\alphabet')]);
    });

    it('does not touch Greek macros inside math', () => {
      expect(typesetAbstract('$\\alpha$')).toEqual([
        { type: 'math', tex: '\\alpha', display: false },
      ]);
    });
  });

  describe('punctuation', () => {
    it('turns ~ into a non-breaking space', () => {
      expect(typesetAbstract('Fig.~3')).toEqual([plain('Fig.\u00a03')]);
    });

    it('turns TeX quotes into typographic quotes', () => {
      expect(typesetAbstract("`single' and ``double'' quotes, it's")).toEqual([
        plain('‘single’ and “double” quotes, it’s'),
      ]);
    });

    it('unescapes \\% and \\& and friends', () => {
      expect(typesetAbstract('95\\% R\\&D \\$5 \\#1 a\\_b \\{x\\}')).toEqual([
        plain('95% R&D $5 #1 a_b {x}'),
      ]);
    });

    it('turns \\ldots into an ellipsis and a control space into a space', () => {
      expect(typesetAbstract('et al.\\ say\\ldots')).toEqual([plain('et al. say…')]);
    });

    it('keeps unknown macros as written', () => {
      expect(typesetAbstract('see \\foo, \\\\ or \\,')).toEqual([plain('see \\foo, \\\\ or \\,')]);
    });

    it('shows citations as their keys in brackets', () => {
      expect(typesetAbstract('following \\citet{cot_wei} and \\cite{a, b}, \\cite')).toEqual([
        plain('following [cot_wei] and [a, b], \\cite'),
      ]);
    });

    it('keeps a trailing backslash', () => {
      expect(typesetAbstract('a\\')).toEqual([plain('a\\')]);
    });
  });

  describe('math', () => {
    it.each([
      ['$x^2$', 'x^2', false],
      ['\\(x^2\\)', 'x^2', false],
      ['$$\\sum_i x_i$$', '\\sum_i x_i', true],
      ['\\[\\sum_i x_i\\]', '\\sum_i x_i', true],
    ])('reads %s as a formula', (source, tex, display) => {
      expect(typesetAbstract(`a ${source} b`)).toEqual([
        plain('a '),
        { type: 'math', tex, display },
        plain(' b'),
      ]);
    });

    it('keeps the formula source untouched', () => {
      expect(typesetAbstract("$a~b' \\textbf{c}$")).toEqual([
        { type: 'math', tex: "a~b' \\textbf{c}", display: false },
      ]);
    });

    it('skips escaped dollars inside a formula', () => {
      expect(typesetAbstract('$\\$5$')).toEqual([{ type: 'math', tex: '\\$5', display: false }]);
    });

    it('does not read prices as math', () => {
      expect(typesetAbstract('from $5 to $10 a month')).toEqual([plain('from $5 to $10 a month')]);
    });

    it.each([
      '$x and more',
      '\\(y and more',
      '\\[y and more',
      'a $$ b',
      'a $$ $$ b',
      '$ $',
      '\\( \\)',
    ])('keeps the unclosed or empty delimiters of %s as text', (text) => {
      expect(typesetAbstract(text)).toEqual([plain(text)]);
    });

    it('places formulas inside emphasis', () => {
      expect(typesetAbstract('\\textbf{at $n$ steps}')).toEqual([
        { type: 'text', text: 'at ', bold: true, italic: false },
        { type: 'math', tex: 'n', display: false },
        { type: 'text', text: ' steps', bold: true, italic: false },
      ]);
    });
  });

  describe('links', () => {
    it('makes \\href a link', () => {
      expect(typesetAbstract('Code: \\href{https://github.com/x/y}{our \\textbf{repo}}.')).toEqual([
        plain('Code: '),
        {
          type: 'link',
          href: 'https://github.com/x/y',
          text: 'our repo',
          bold: false,
          italic: false,
        },
        plain('.'),
      ]);
    });

    it('makes \\url a link showing its address', () => {
      expect(
        typesetAbstract('at \\url{https://pixart-alpha.github.io/PixArt-sigma-project/}'),
      ).toEqual([
        plain('at '),
        {
          type: 'link',
          href: 'https://pixart-alpha.github.io/PixArt-sigma-project/',
          text: 'https://pixart-alpha.github.io/PixArt-sigma-project/',
          bold: false,
          italic: false,
        },
      ]);
    });

    it('unescapes TeX specials in addresses', () => {
      expect(typesetAbstract('\\url{https://a.org/x\\_y\\%20z}')).toEqual([
        {
          type: 'link',
          href: 'https://a.org/x_y%20z',
          text: 'https://a.org/x_y%20z',
          bold: false,
          italic: false,
        },
      ]);
    });

    it('links mailto addresses', () => {
      expect(typesetAbstract('\\href{mailto:a@b.org}{mail us}')).toEqual([
        { type: 'link', href: 'mailto:a@b.org', text: 'mail us', bold: false, italic: false },
      ]);
    });

    it('keeps the emphasis around a link', () => {
      expect(typesetAbstract('\\emph{\\url{https://a.org}}')).toEqual([
        { type: 'link', href: 'https://a.org', text: 'https://a.org', bold: false, italic: true },
      ]);
    });

    it.each([
      ['\\href{javascript:alert(1)}{click}', 'click'],
      ['\\href{JavaScript:alert(1)}{click}', 'click'],
      ['\\href{java\nscript:alert(1)}{click}', 'click'],
      ['\\href{data:text/html,<script>alert(1)</script>}{click}', 'click'],
      ['\\href{/relative/path}{click}', 'click'],
      ['\\url{javascript:alert(1)}', 'javascript:alert(1)'],
      ['\\url{data:text/html;base64,PHNjcmlwdD4=}', 'data:text/html;base64,PHNjcmlwdD4='],
    ])('shows %s as plain text', (source, text) => {
      expect(typesetAbstract(source)).toEqual([plain(text)]);
    });

    it('does not nest links', () => {
      expect(typesetAbstract('\\href{https://a.org}{a \\href{https://b.org}{b}}')).toEqual([
        { type: 'link', href: 'https://a.org', text: 'a b', bold: false, italic: false },
      ]);
    });

    it('keeps a macro without its arguments as written', () => {
      expect(typesetAbstract('\\href and \\url{')).toEqual([plain('\\href and \\url{')]);
    });
  });

  it('typesets an abstract from the digest', () => {
    const abstract =
      'In this paper, we introduce PixArt-\\Sigma, a Diffusion Transformer model~(DiT) capable of ' +
      'directly generating images at 4K resolution. PixArt-\\Sigma represents a significant ' +
      'advancement over its predecessor, PixArt-\\alpha, offering images of markedly higher fidelity.';
    expect(typesetAbstract(abstract)).toEqual([
      plain(
        'In this paper, we introduce PixArt-Σ, a Diffusion Transformer model\u00a0(DiT) capable of ' +
          'directly generating images at 4K resolution. PixArt-Σ represents a significant ' +
          'advancement over its predecessor, PixArt-α, offering images of markedly higher fidelity.',
      ),
    ]);
  });
});

const styledText = (text: string, style: Partial<TextStyle>): Segment => ({
  ...plain(text),
  ...style,
});
const formula = (tex: string): Segment => ({ type: 'math', tex, display: false });

describe('typesetAbstract on what arXiv abstracts hold', () => {
  it.each<[string, string, Segment[]]>([
    [
      'math glued to numbers',
      'ImageNet 256$\\times$256 and 0.73$\\rightarrow$0.90.',
      [
        plain('ImageNet 256'),
        formula('\\times'),
        plain('256 and 0.73'),
        formula('\\rightarrow'),
        plain('0.90.'),
      ],
    ],
    [
      'math before a number',
      'about $\\sim$6% more',
      [plain('about '), formula('\\sim'), plain('6% more')],
    ],
    ['a factor', 'a 2.7$\\times$ speedup', [plain('a 2.7'), formula('\\times'), plain(' speedup')]],
    [
      'a formula starting with a number',
      '$5 \\times 5$ grids',
      [formula('5 \\times 5'), plain(' grids')],
    ],
    [
      'a number as a formula',
      'to $1,024$K tokens',
      [plain('to '), formula('1,024'), plain('K tokens')],
    ],
    ['a price and a space', 'costs $0.70 per million', [plain('costs $0.70 per million')]],
    ['a price in thousands', 'approx. $630K in compute', [plain('approx. $630K in compute')]],
    ['a price in millions', 'used >$1M GPU hours', [plain('used >$1M GPU hours')]],
    [
      'prices and a formula',
      'from $5 and $10 to $\\alpha$',
      [plain('from $5 and $10 to '), formula('\\alpha')],
    ],
    ['a price at the end', 'it cost $5.', [plain('it cost $5.')]],
    [
      'a price then a formula',
      '$5.2K USD, at $k$ steps',
      [plain('$5.2K USD, at '), formula('k'), plain(' steps')],
    ],
    ['an escaped price', 'under \\$20 USD', [plain('under $20 USD')]],
    ['a dollar closed by the next one', '$x and $y$', [plain('$x and '), formula('y')]],
    [
      'code',
      'we train \\texttt{Qwen2.5-7B} on',
      [plain('we train '), styledText('Qwen2.5-7B', { code: true }), plain(' on')],
    ],
    ['underline', '\\underline{M}erging', [styledText('M', { underline: true }), plain('erging')]],
    ['text-only macros', '\\textsc{Proximal} \\textrm{x}', [plain('Proximal x')]],
    [
      'old-style declarations',
      'a {\\it vs.} b {\\bf c}',
      [
        plain('a '),
        styledText('vs.', { italic: true }),
        plain(' b '),
        styledText('c', { bold: true }),
      ],
    ],
    ['a declaration to the end', '\\em stays', [styledText('stays', { italic: true })]],
    [
      'a TeX group around a macro',
      'PIXART-{\\delta} and {\\textbf{De}}coupled',
      [plain('PIXART-δ and '), styledText('De', { bold: true }), plain('coupled')],
    ],
    [
      'a footnote',
      'Code\\footnote{At \\url{https://a.org}.} is out',
      [
        plain('Code (At '),
        { type: 'link', href: 'https://a.org', text: 'https://a.org', bold: false, italic: false },
        plain('.) is out'),
      ],
    ],
    ['a footnote after a space', 'data \\footnote{see x}', [plain('data (see x)')]],
    [
      'abbreviations',
      '\\eg LLMs, \\ie models by Lee \\etal. and \\cf x',
      [plain('e.g. LLMs, i.e. models by Lee et al. and cf. x')],
    ],
    ['dashes', 'a -- b --- c - d', [plain('a – b — c - d')]],
    [
      'symbols in text',
      '2\\times faster, A\\rightarrow B, \\textasciitilde 42\\%',
      [plain('2× faster, A→ B, ~42%')],
    ],
    ['a literal backslash', "`\\textbackslash n'", [plain('‘\\n’')]],
    [
      'accents',
      '\\\'a la, na\\"{\\i}ve, \\v{C}ech, \\~{}',
      [plain('a\u0301 la, nai\u0308ve, C\u030cech, ~')],
    ],
    ['an accent without a letter', "\\'1", [plain("\\'1")]],
    ['a dash in \\unicode', 'run$\\unicode{x2014}$each', [plain('run—each')]],
    ['\\unicode in a formula', '$a\\unicode{8212}b$', [formula('a—b')]],
    ['\\textbackslash in a formula', '$\\textbackslash n$', [formula('\\backslash{}n')]],
    [
      'unknown macros',
      '\\model models and \\frameworkname{} x',
      [plain('\\model models and \\frameworkname{} x')],
    ],
    ['unknown macros with arguments', '\\foo{bar} baz', [plain('\\foo{bar} baz')]],
    [
      'an unsafe link in a footnote',
      'a\\footnote{\\href{javascript:alert(1)}{x}}',
      [plain('a (x)')],
    ],
  ])('reads %s', (_, source, segments) => {
    expect(typesetAbstract(source)).toEqual(segments);
  });
});

describe('typesetTitle', () => {
  it('keeps a title without TeX exactly, quotes and dashes included', () => {
    expect(typesetTitle("Don't -- `stop'")).toEqual([plain("Don't -- `stop'")]);
  });

  it('returns nothing for an empty title', () => {
    expect(typesetTitle('')).toEqual([]);
  });

  it.each<[string, Segment[]]>([
    ['S$^2$R', [plain('S'), formula('^2'), plain('R')]],
    ['$\\mu$P: scaling', [formula('\\mu'), plain('P: scaling')]],
    ['Within a \\$10,000 Budget', [plain('Within a $10,000 Budget')]],
    ['With $100K Budget', [plain('With $100K Budget')]],
  ])('typesets %s', (title, segments) => {
    expect(typesetTitle(title)).toEqual(segments);
  });

  it('turns links into text, since a title is link text itself', () => {
    expect(typesetTitle('A \\url{https://a.org} b')).toEqual([plain('A https://a.org b')]);
  });
});

/** Pieces abstracts are made of, hostile ones included, for property tests to string together. */
const PIECES = [
  '\\textbf{',
  '\\emph{',
  '\\textit{',
  '{',
  '}',
  '{}',
  '$',
  '$$',
  '\\(',
  '\\)',
  '\\[',
  '\\]',
  '\\Sigma',
  '\\alpha',
  '\\foo',
  '\\',
  '\\\\',
  '\\%',
  '\\$',
  '~',
  '`',
  "'",
  ' ',
  '5',
  '\\url{',
  'https://a.org',
  'javascript:',
];

const abstractLike = (extra: string[] = []) =>
  fc
    .array(fc.oneof(fc.constantFrom(...PIECES, ...extra), fc.string({ maxLength: 4 })), {
      maxLength: 40,
    })
    .map((pieces) => pieces.join(''));

/** The letters of `text` outside macro names (`\\name`), in order. */
function lettersOutsideMacros(text: string): string {
  return text.replace(/\\[A-Za-z]+|\\[^A-Za-z]?|[^A-Za-z]/g, '');
}

function isSubsequence(needle: string, haystack: string): boolean {
  let at = 0;
  for (const char of haystack) if (char === needle.charAt(at)) at++;
  return at === needle.length;
}

describe('typesetAbstract on any input', () => {
  it('never throws', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary' }), abstractLike(['\\href{', '}{'])),
        (text) => {
          expect(() => typesetAbstract(text)).not.toThrow();
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('keeps every letter that is not part of a macro name, in order', () => {
    fc.assert(
      fc.property(abstractLike(), (text) => {
        const segments = typesetAbstract(text);
        const shown = segments
          .map((s) => (s.type === 'math' ? s.tex : s.type === 'link' ? s.href + s.text : s.text))
          .join('');
        expect(isSubsequence(lettersOutsideMacros(text), shown)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps plain text exactly', () => {
    // `--` is TeX for an en dash, so plain text here has no double hyphen.
    const plainText = fc.stringMatching(/^[^\\${}~`']*$/).filter((text) => !text.includes('--'));
    fc.assert(
      fc.property(plainText, (text) => {
        expect(visible(typesetAbstract(text))).toBe(text);
      }),
    );
  });

  it('merges text, never returns empty text or formulas, and only links safe URLs', () => {
    fc.assert(
      fc.property(abstractLike(['\\href{', '}{']), (text) => {
        const segments = typesetAbstract(text);
        segments.forEach((segment, index) => {
          if (segment.type === 'link') expect(isSafeUrl(segment.href)).toBe(true);
          if (segment.type === 'math') expect(segment.tex.trim()).not.toBe('');
          if (segment.type !== 'text') return;
          expect(segment.text).not.toBe('');
          const previous = segments[index - 1];
          if (previous?.type === 'text') {
            expect([previous.bold, previous.italic]).not.toEqual([segment.bold, segment.italic]);
          }
        });
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['dollars', '$'],
    ['spaced dollars', '$a '],
    ['double dollars', '$$a'],
    ['open parentheses', '\\(a'],
    ['open brackets', '\\[a'],
    ['open groups', '\\textbf{'],
    ['unclosed urls', '\\url{'],
    ['unclosed links', '\\href{https://a.org}{'],
    ['backslashes before dollars', '\\\\\\$'],
    ['stray braces', '}{'],
  ])('stays linear on runs of %s', (_, unit) => {
    const text = unit.repeat(Math.ceil(200_000 / unit.length));
    const started = performance.now();
    typesetAbstract(text);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('typesetAbstract on the newer macros', () => {
  const NEWER = [
    '\\texttt{',
    '\\underline{',
    '\\footnote{',
    '{\\it ',
    '\\em ',
    '--',
    '---',
    "\\'",
    '\\~',
    '$5 ',
    '$5K',
    '\\unicode{x2014}',
    '\\eg',
    '\\textbackslash ',
  ];

  it('never throws and only links safe URLs', () => {
    fc.assert(
      fc.property(abstractLike([...NEWER, '\\href{', '}{']), (text) => {
        for (const segment of typesetAbstract(text)) {
          if (segment.type === 'link') expect(isSafeUrl(segment.href)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it.each(NEWER)('stays linear on runs of %s', (unit) => {
    const text = unit.repeat(Math.ceil(200_000 / unit.length));
    const started = performance.now();
    typesetAbstract(text);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
