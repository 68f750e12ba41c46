import { parseDigestBytes, sniffDigest, SNIFF_BYTES } from '../digest/index.ts';
import type { ArchiveFailure } from './types.ts';

/** What the archive records about a digest text, read from the text itself. */
export interface DigestFacts {
  /** SHA-256 of the bytes, 64 hex digits. */
  hash: string;
  size: number;
  paperCount: number;
  firstDate: string | null;
  lastDate: string | null;
}

export type ExaminedDigest =
  | { ok: true; facts: DigestFacts }
  | { ok: false; failure: Extract<ArchiveFailure, { kind: 'not-a-digest' | 'no-papers' }> };

/** Reads `bytes` as a digest: refused when they cannot be one or hold no paper. */
export async function examineDigest(bytes: Uint8Array<ArrayBuffer>): Promise<ExaminedDigest> {
  const refusal = sniffDigest(bytes.subarray(0, SNIFF_BYTES), bytes.length <= SNIFF_BYTES);
  if (refusal) return { ok: false, failure: { kind: 'not-a-digest', refusal } };
  const { entries } = parseDigestBytes(bytes);
  if (entries.length === 0) return { ok: false, failure: { kind: 'no-papers' } };
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  for (const { date } of entries) {
    if (date === null) continue;
    if (firstDate === null || date < firstDate) firstDate = date;
    if (lastDate === null || date > lastDate) lastDate = date;
  }
  const hash = await sha256Hex(bytes);
  return {
    ok: true,
    facts: { hash, size: bytes.length, paperCount: entries.length, firstDate, lastDate },
  };
}

export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The stored form of a text: a Blob, which IndexedDB hands back as a handle, not as a copy. */
export function textBlob(bytes: Uint8Array<ArrayBuffer>): Blob {
  return new Blob([bytes], { type: 'text/plain;charset=utf-8' });
}
