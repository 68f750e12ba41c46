/**
 * Tells from the first bytes of a file whether it can be a digest at all, so that an image, an
 * HTML page or an empty file is refused with a reason instead of being read as one odd paper.
 */

/** How many leading bytes `sniffDigest` needs to decide. */
export const SNIFF_BYTES = 1024;

/** File formats recognised by their leading bytes. */
export type BinaryFormat = 'PNG' | 'JPEG' | 'GIF' | 'WebP' | 'PDF' | 'ZIP' | 'GZIP';

/** Why some bytes are not a digest. */
export type NotADigest =
  | { kind: 'empty' }
  | { kind: 'html' }
  /** A known format, or null for other bytes that are not text. */
  | { kind: 'binary'; format: BinaryFormat | null }
  | { kind: 'utf16' }
  /** Text in another encoding than UTF-8, as a rule a legacy Korean one (EUC-KR). */
  | { kind: 'not-utf8' };

const SIGNATURES: ReadonlyArray<{ format: BinaryFormat; bytes: readonly number[] }> = [
  { format: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { format: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { format: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { format: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { format: 'ZIP', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { format: 'ZIP', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { format: 'GZIP', bytes: [0x1f, 0x8b] },
];
/** A share of bytes that are not UTF-8 above which a file is in another encoding, not damaged. */
const INVALID_SHARE = 0.05;
const HTML_START = /^(?:<!doctype\s+html|<html[\s>])/i;

/**
 * Why `head`, the first bytes of a file (at least `SNIFF_BYTES` of them unless the file is
 * shorter), cannot be a digest; null when it may be one. `whole` says that `head` is the whole
 * file, which is needed to call it empty.
 */
export function sniffDigest(head: Uint8Array, whole: boolean): NotADigest | null {
  const format = binaryFormat(head);
  if (format) return { kind: 'binary', format };
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) return { kind: 'utf16' };
  if (head.includes(0)) return { kind: 'binary', format: null };
  if (invalidUtf8Share(head, whole) > INVALID_SHARE) return { kind: 'not-utf8' };
  const text = new TextDecoder('utf-8').decode(head).trimStart();
  if (text === '') return whole ? { kind: 'empty' } : null;
  return HTML_START.test(text) ? { kind: 'html' } : null;
}

function binaryFormat(head: Uint8Array): BinaryFormat | null {
  for (const { format, bytes } of SIGNATURES) if (startsWith(head, bytes)) return format;
  // RIFF....WEBP
  if (startsWith(head, [0x52, 0x49, 0x46, 0x46]) && ascii(head, 8, 12) === 'WEBP') return 'WebP';
  return null;
}

function startsWith(head: Uint8Array, bytes: readonly number[]): boolean {
  return head.length >= bytes.length && bytes.every((byte, index) => head[index] === byte);
}

function ascii(head: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...head.subarray(from, to));
}

/**
 * The share of bytes in `head` that do not belong to a well-formed UTF-8 sequence. A sequence cut
 * by the end of a head that is not the whole file is not counted.
 */
function invalidUtf8Share(head: Uint8Array, whole: boolean): number {
  if (head.length === 0) return 0;
  let invalid = 0;
  let i = 0;
  while (i < head.length) {
    const length = sequenceLength(head, i);
    if (length > 0) {
      i += length;
      continue;
    }
    if (!whole && isCutSequence(head, i)) break;
    invalid++;
    i++;
  }
  return invalid / head.length;
}

/** Length of the well-formed UTF-8 sequence at `i`, or 0 if there is none. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const first = bytes[i] as number;
  if (first < 0x80) return 1;
  let length: number;
  let min: number;
  let max = 0xbf;
  if (first >= 0xc2 && first <= 0xdf) {
    length = 2;
    min = 0x80;
  } else if (first >= 0xe0 && first <= 0xef) {
    length = 3;
    min = first === 0xe0 ? 0xa0 : 0x80;
    if (first === 0xed) max = 0x9f;
  } else if (first >= 0xf0 && first <= 0xf4) {
    length = 4;
    min = first === 0xf0 ? 0x90 : 0x80;
    if (first === 0xf4) max = 0x8f;
  } else {
    return 0;
  }
  if (i + length > bytes.length) return 0;
  const second = bytes[i + 1] as number;
  if (second < min || second > max) return 0;
  for (let k = 2; k < length; k++) {
    const next = bytes[i + k] as number;
    if (next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}

/** Whether the bytes from `i` to the end start a sequence that more bytes would complete. */
function isCutSequence(bytes: Uint8Array, i: number): boolean {
  const first = bytes[i] as number;
  const length = first > 0xf4 ? 0 : first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc2 ? 2 : 0;
  return length > 0 && i + length > bytes.length;
}
