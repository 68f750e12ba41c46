import type { DigestWarning } from './types';

/**
 * Bytes to digest text. Bytes that are not valid UTF-8 become U+FFFD instead of failing the whole
 * file, and each line where that happened gets a warning, so nothing readable is lost.
 */
export function decodeDigest(bytes: Uint8Array): { text: string; warnings: DigestWarning[] } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const warnings: DigestWarning[] = [];
    let line = 1;
    let warned = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) line++;
      else if (c === 0xfffd && warned !== line) {
        warned = line;
        warnings.push({
          line,
          message: 'bytes that are not valid UTF-8; replaced them with U+FFFD',
        });
      }
    }
    return { text, warnings };
  }
}
