import { describe, expect, it } from 'vitest';
import { sniffDigest, SNIFF_BYTES } from '../../src/digest';
import { digest, entryLines } from '../support/digest-factory';

const encoder = new TextEncoder();
const bytes = (...values: number[]) => new Uint8Array(values);
/** `head` followed by ordinary ASCII text up to `SNIFF_BYTES`, as the start of a longer file. */
const padded = (head: Uint8Array) => {
  const out = new Uint8Array(SNIFF_BYTES).fill(0x61);
  out.set(head);
  return out;
};

describe('sniffDigest', () => {
  it('lets a digest through, with or without a byte order mark or leading blank lines', () => {
    const text = digest('2024년 3월 8일', entryLines());
    expect(sniffDigest(encoder.encode(text), true)).toBeNull();
    expect(sniffDigest(encoder.encode(`\ufeff\n\n${text}`), true)).toBeNull();
  });

  it.each([
    ['PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13)],
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10)],
    ['GIF', encoder.encode('GIF89a\x01\x00')],
    ['PDF', encoder.encode('%PDF-1.7\n%âãÏÓ\n')],
    ['ZIP', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0)],
    ['GZIP', bytes(0x1f, 0x8b, 0x08, 0)],
    ['WebP', encoder.encode('RIFF\x24\x00\x00\x00WEBPVP8 ')],
  ])('names a %s file by its leading bytes', (format, head) => {
    expect(sniffDigest(padded(head), false)).toEqual({ kind: 'binary', format });
  });

  it('calls other bytes with NUL in them binary', () => {
    expect(sniffDigest(padded(bytes(0x7f, 0x45, 0x4c, 0x46, 0, 1)), false)).toEqual({
      kind: 'binary',
      format: null,
    });
  });

  it('says text saved as UTF-16 is not UTF-8', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'2024'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(sniffDigest(utf16, true)).toEqual({ kind: 'utf16' });
  });

  it('tells text in another encoding from a UTF-8 digest with a stray byte', () => {
    // "2024년 3월 8일" in EUC-KR, as a legacy Korean editor saves it.
    const eucKr = bytes(
      0x32,
      0x30,
      0x32,
      0x34,
      0xb3,
      0xe2,
      0x20,
      0x33,
      0xbf,
      0xf9,
      0x20,
      0x38,
      0xc0,
      0xcf,
    );
    expect(sniffDigest(eucKr, true)).toEqual({ kind: 'not-utf8' });
    const stray = encoder.encode(digest('2024년 3월 8일', entryLines(), entryLines()));
    stray[40] = 0xff;
    expect(sniffDigest(stray, true)).toBeNull();
  });

  it('does not count a character cut by the end of a head that is not the whole file', () => {
    const text = encoder.encode('가'.repeat(400));
    expect(sniffDigest(text.subarray(0, 1000), false)).toBeNull();
  });

  it.each([
    '<!DOCTYPE html>\n<html lang="en"><head><title>Sign in</title>',
    '\n  <!doctype HTML><title>My App</title>',
    '<html>\n<body>Not found</body>',
  ])('calls an HTML page HTML: %s', (page) => {
    expect(sniffDigest(encoder.encode(page), true)).toEqual({ kind: 'html' });
  });

  it('reads a digest that merely mentions HTML as a digest', () => {
    expect(
      sniffDigest(encoder.encode('HTML Tables Are Back\n(Ann Lee)\n<html> 태그\n'), true),
    ).toBeNull();
  });

  it('calls a file with nothing or only blank space empty, but only when it is the whole file', () => {
    expect(sniffDigest(new Uint8Array(0), true)).toEqual({ kind: 'empty' });
    expect(sniffDigest(encoder.encode(' \n\t\r\n\u3000'), true)).toEqual({ kind: 'empty' });
    expect(sniffDigest(encoder.encode('\ufeff'), true)).toEqual({ kind: 'empty' });
    expect(sniffDigest(encoder.encode(' '.repeat(SNIFF_BYTES)), false)).toBeNull();
  });
});
