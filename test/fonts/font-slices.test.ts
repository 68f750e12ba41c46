import { describe, expect, it } from 'vitest';
import { commonSlices, fontSlices, type FontSlice } from '../../src/fonts/font-slices';

const face = (family: string, url: string, range: string) =>
  `@font-face{font-family:${family};font-display:swap;src:url(${url}) format("woff2");unicode-range:${range}}`;

const slice = (url: string, ...ranges: [number, number][]): FontSlice => ({ url, ranges });

describe('fontSlices', () => {
  it('reads the file and ranges of each face of the family', () => {
    const css = [
      face("'Pretendard Variable'", '/assets/a.woff2', 'U+AC00-AC0F, U+B2E4'),
      face('"Pretendard Variable"', "'/assets/b.woff2'", 'u+0020-007e'),
    ].join('\n');
    expect(fontSlices(css, 'Pretendard Variable')).toEqual([
      slice('/assets/a.woff2', [0xac00, 0xac0f], [0xb2e4, 0xb2e4]),
      slice('/assets/b.woff2', [0x20, 0x7e]),
    ]);
  });

  it('reads wildcard ranges', () => {
    expect(fontSlices(face('F', '/f.woff2', 'U+4??'), 'F')).toEqual([
      slice('/f.woff2', [0x400, 0x4ff]),
    ]);
  });

  it('leaves out other families, faces without a range and files that are not woff2', () => {
    const css = [
      face('KaTeX_Main', '/katex.woff2', 'U+0020-007E'),
      '@font-face{font-family:F;src:url(/whole.woff2) format("woff2")}',
      face('F', '/old.woff', 'U+0020-007E'),
    ].join('');
    expect(fontSlices(css, 'F')).toEqual([]);
  });
});

describe('commonSlices', () => {
  const latin = slice('latin', [0x21, 0x7e]);
  const common = slice('common', [0xac00, 0xac00], [0xb2e4, 0xb2e4]);
  const rare = slice('rare', [0xd7a3, 0xd7a3]);

  it('keeps the slices over the share, most used first, and ignores spaces', () => {
    const text = `${'가'.repeat(30)} ${'a'.repeat(69)}\n힣`.repeat(2);
    expect(commonSlices([common, latin, rare], text, 0.02).map((s) => s.url)).toEqual([
      'latin',
      'common',
    ]);
    expect(commonSlices([common, latin, rare], text, 0).map((s) => s.url)).toEqual([
      'latin',
      'common',
      'rare',
    ]);
  });

  it('counts characters beyond the Basic Multilingual Plane once', () => {
    const emoji = slice('emoji', [0x1f600, 0x1f64f]);
    expect(commonSlices([latin, emoji], '😀😀ab', 0.5).map((s) => s.url)).toEqual([
      'emoji',
      'latin',
    ]);
  });

  it('gives a character in two slices to the one defined last, as browsers do', () => {
    const wide = slice('wide', [0xac00, 0xd7a3]);
    expect(commonSlices([wide, common], '가가가', 0).map((s) => s.url)).toEqual(['common']);
  });

  it('needs no slice for text that none covers', () => {
    expect(commonSlices([common], '漢字', 0)).toEqual([]);
    expect(commonSlices([common], '', 0)).toEqual([]);
  });
});
