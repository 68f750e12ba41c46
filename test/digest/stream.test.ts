import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DigestStream, parseDigest, parseDigestBytes, type ParseResult } from '../../src/digest';
import { digestishText } from '../support/digestish';
import { syntheticDigest } from '../support/synthetic-digest';

const encoder = new TextEncoder();

/** Streams `bytes` in chunks of the given sizes (cycled), returning each push's result too. */
function streamBytes(
  bytes: Uint8Array,
  sizes: readonly number[],
  minPiece?: number,
): { whole: ParseResult; pushes: ParseResult[] } {
  const stream = new DigestStream({ minPiece });
  const pushes: ParseResult[] = [];
  for (let at = 0, k = 0; at < bytes.length; k++) {
    const size = Math.max(1, sizes[k % sizes.length] ?? 1);
    pushes.push(stream.pushBytes(bytes.subarray(at, at + size)));
    at += size;
  }
  pushes.push(stream.end());
  return {
    whole: {
      entries: pushes.flatMap((push) => push.entries),
      warnings: pushes.flatMap((push) => push.warnings),
    },
    pushes,
  };
}

describe('DigestStream', () => {
  const text = syntheticDigest({ entries: 400 });
  const bytes = encoder.encode(text);

  it('gives exactly the entries and warnings of parsing the whole text', () => {
    const { whole } = streamBytes(bytes, [4093, 17, 65536, 1]);
    expect(whole).toEqual(parseDigest(text));
  });

  it('returns complete days before the end of the text', () => {
    const { pushes } = streamBytes(bytes, [8192], 16 * 1024);
    const beforeEnd = pushes.slice(0, -1).flatMap((push) => push.entries);
    expect(beforeEnd.length).toBeGreaterThan(200);
    expect(pushes.findIndex((push) => push.entries.length > 0)).toBeLessThan(pushes.length / 3);
  });

  it('joins Korean letters and line breaks cut between chunks', () => {
    const korean = encoder.encode(
      '2024년 3월 8일\r\nA Title\r\n(Ann Lee)\r\n해설입니다.\r\n#llm\r\n2024년 3월 9일\r\nB\r\n(Bo Kim)\r\n다음 해설.\r\n#rl\r\n',
    );
    for (const size of [1, 2, 3, 5]) {
      expect(streamBytes(korean, [size], 1).whole).toEqual(parseDigestBytes(korean));
    }
  });

  it('replaces bytes that are not UTF-8, warns on their lines and loses nothing else', () => {
    const good = encoder.encode('2024년 3월 8일\nTitle\n(Ann Lee)\n해설\n#llm\n');
    const bad = new Uint8Array([...good, 0xff, 0xfe, 0x0a, ...encoder.encode('2024년 3월 9일\n')]);
    const { whole } = streamBytes(bad, [7], 1);
    expect(whole.entries).toEqual(parseDigestBytes(bad).entries);
    expect(whole.warnings).toContainEqual({
      line: 6,
      kind: 'invalid-utf8',
      message: 'bytes that are not valid UTF-8; replaced them with U+FFFD',
      quote: '\uFFFD\uFFFD',
    });
  });

  it('reports a character cut short by the end of the file', () => {
    const cut = encoder.encode('Title\n(Ann Lee)\n해설').subarray(0, -1);
    const { whole } = streamBytes(cut, [3], 1);
    expect(whole.warnings.map((warning) => warning.line)).toContain(3);
    expect(whole.entries[0]?.title).toBe('Title');
  });

  it('cuts only at lines the parser reads as dates', () => {
    // Looks like a date line but is too long to be one: it must stay inside the first entry.
    const long = `2024년 3월          8일${' '.repeat(30)}x`;
    const tricky = `Title\n(Ann Lee)\n해설\n2024년    3월    8일     (금)       요일\n${long}\n#llm\n`;
    expect(streamBytes(encoder.encode(tricky), [1], 1).whole).toEqual(parseDigest(tricky));
  });

  it('keeps a long text with no date lines whole until the end', () => {
    // 2 M characters in 2,000 pushes: copying the kept text on every push would time out.
    const noDays = 'word '.repeat(400_000);
    const stream = new DigestStream({ minPiece: 1 });
    for (let at = 0; at < noDays.length; at += 1000) {
      expect(stream.push(noDays.slice(at, at + 1000)).entries).toEqual([]);
    }
    expect(stream.end()).toEqual(parseDigest(noDays));
  });
});

describe('DigestStream on arbitrary digests and chunkings', () => {
  it('always equals parsing the whole text', () => {
    fc.assert(
      fc.property(
        digestishText(80),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 200 }),
        (text, sizes, minPiece) => {
          expect(streamBytes(encoder.encode(text), sizes, minPiece).whole).toEqual(
            parseDigestBytes(encoder.encode(text)),
          );
        },
      ),
      { numRuns: 400 },
    );
  });
});
