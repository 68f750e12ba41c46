import fc from 'fast-check';

/** Pieces of text that would add markup, close an element or break out of an attribute if unescaped. */
const HOSTILE_PIECES = [
  '"',
  "'",
  '<',
  '>',
  '&',
  '&amp;',
  '&lt;b&gt;',
  '</script>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</title><meta name="robots" content="noindex">',
  '" onmouseover="alert(1)',
  "' autofocus onfocus='alert(1)",
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '\u2028',
  '\u2029',
  '$\\mu$',
  '$',
  '\\',
  '`',
  '**',
  '[link](javascript:alert(1))',
  '\n',
  '\r\n',
  '\r',
  ' ',
  '\t',
  // What XML cannot hold at all, escaped or not.
  '\u0000',
  '\u0008',
  '\u001b',
  '\ufffe',
  '\uffff',
  '모델',
  'model',
];

/** Halves of surrogate pairs alone, which no UTF-8 text decodes to but a JavaScript string may hold. */
const LONE_SURROGATES = ['\ud800', '\udfff'];

/** Text made of hostile pieces and arbitrary characters, lone surrogates too when `binary`. */
export function hostileText(unit: 'grapheme' | 'binary' = 'binary'): fc.Arbitrary<string> {
  const pieces = unit === 'binary' ? [...HOSTILE_PIECES, ...LONE_SURROGATES] : HOSTILE_PIECES;
  return fc
    .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit, maxLength: 6 })), {
      maxLength: 24,
    })
    .map((parts) => parts.join(''));
}

/**
 * Tags and ids as the parser gives them: hostile, but well-formed Unicode (URL encoding refuses lone
 * surrogates) and not blank.
 */
export const hostileWord = hostileText('grapheme').filter((word) => word.trim() !== '');
