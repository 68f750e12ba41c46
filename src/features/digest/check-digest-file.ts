import { SNIFF_BYTES, sniffDigest } from '../../digest';
import { notADigestText, UNREADABLE_FILE_TEXT } from './failure-text';

/**
 * Why the reader's `file` cannot be opened as a digest, in Korean, or null when it may be one.
 * Reads only its first bytes: a file is checked before the digest on screen gives way to it.
 */
export async function checkDigestFile(file: Blob): Promise<string | null> {
  let head: Uint8Array;
  try {
    head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  } catch {
    return UNREADABLE_FILE_TEXT;
  }
  const refusal = sniffDigest(head, file.size <= SNIFF_BYTES);
  return refusal && notADigestText(refusal, 'file');
}
