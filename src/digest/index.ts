/**
 * The digest format: plain text in, entries out, and back.
 *
 * - `parseDigest(text)` reads a digest into `{ entries, warnings }`. It never throws, whatever the
 *   input, and its time is linear in the input. See docs/digest-format.md for the format.
 * - `parseDigestBytes(bytes)` does the same for UTF-8 bytes, reporting bytes that are not UTF-8.
 * - `formatDigest(entries)` writes entries back as digest text that `parseDigest` reads again.
 * - `DigestMerger` joins the digests of several sources as they are read: a paper is listed once,
 *   and of two different copies the source changed last wins (`conflicts` names both).
 * - `DigestStream` parses a digest day by day while its bytes arrive.
 * - `newestDaysFirst(text)` reorders a digest's days newest first, for serving it.
 * - `sniffDigest(head, whole)` tells from a file's first bytes why it cannot be a digest, if so.
 * - `packEntries(entries)`, `packedBuffers(packed)` and `unpackEntries(packed)` pass entries
 *   between threads cheaply.
 */
export { parseDigest } from './parse.ts';
export { formatDigest } from './format.ts';
export { DigestMerger, type MergeOptions, type PaperConflict, type SourceTally } from './merge.ts';
export { DigestStream } from './stream.ts';
export { newestDaysFirst } from './newest-first.ts';
export { packedBuffers, packEntries, unpackEntries, type PackedEntries } from './pack.ts';
export { parseDigestBytes } from './decode.ts';
export { slugify } from './entry-id.ts';
export { sniffDigest, SNIFF_BYTES, type BinaryFormat, type NotADigest } from './sniff.ts';
export type { DigestEntry, DigestWarning, DigestWarningKind, ParseResult } from './types.ts';
