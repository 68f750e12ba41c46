/**
 * The archive as one file, to move it to another device:
 * `{ format: 'digest-reader-archive', version: 1, exportedAt, sources: [ArchiveSource & { text }],
 * library }`, where `text` is a source's digest text and `library` the reader's bookmarks, read
 * marks and notes (see src/library/schema.ts).
 */
import { checkLibraryFile, type LibraryData } from '../library/schema.ts';
import type { StoredSource } from './backend.ts';
import { examineDigest, sha256Hex, textBlob } from './digest-text.ts';
import { isRecord, readArchiveSource, recordLabel, sourceId } from './source-record.ts';
import type { ArchiveSource } from './types.ts';

export const ARCHIVE_FILE_FORMAT = 'digest-reader-archive';
export const ARCHIVE_FILE_VERSION = 1;

/**
 * Writes the file as a Blob of pieces, one a source, so that no string ever holds the whole
 * archive. A text stored with bytes that are not UTF-8 becomes JSON with U+FFFD in their place;
 * its hash (and a file's or paste's id) is then the one of the text as written, for the import to
 * check.
 */
export async function writeArchiveFile(
  stored: readonly StoredSource[],
  library: LibraryData,
  exportedAt: Date,
): Promise<Blob> {
  const head = { format: ARCHIVE_FILE_FORMAT, version: ARCHIVE_FILE_VERSION };
  const parts: string[] = [
    `${JSON.stringify({ ...head, exportedAt: exportedAt.toISOString() }).slice(0, -1)},"sources":[\n`,
  ];
  for (const [index, { source, text }] of stored.entries()) {
    const written = await writtenText(source, text);
    parts.push(`${index > 0 ? ',\n' : ''}${JSON.stringify(written)}`);
  }
  parts.push(`\n],"library":${JSON.stringify(library)}}\n`);
  return new Blob(parts, { type: 'application/json' });
}

async function writtenText(
  source: ArchiveSource,
  text: Blob,
): Promise<ArchiveSource & { text: string }> {
  const bytes = new Uint8Array(await text.arrayBuffer());
  try {
    return { ...source, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const decoded = new TextDecoder('utf-8').decode(bytes);
    const encoded = new TextEncoder().encode(decoded);
    const hash = await sha256Hex(encoded);
    const id = sourceId(source.kind, hash, source.url);
    return { ...source, id, hash, size: encoded.length, text: decoded };
  }
}

export type ReadArchiveFile =
  | { ok: true; sources: StoredSource[]; library: LibraryData | null }
  | { ok: false; message: string };

/**
 * Reads and checks a whole archive file before anything is stored: its format and version, every
 * source's fields, that every text is a digest with papers and the hash its source names, and the
 * library, strictly. The first thing wrong refuses the file, with a Korean message naming it. A
 * source's size, paper count and dates are taken from its text.
 */
export async function readArchiveFile(file: Blob): Promise<ReadArchiveFile> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    return refuse('파일을 읽을 수 없습니다.');
  }
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return refuse('보관함 파일이 아닙니다: JSON 형식이 아닙니다.');
  }
  if (!isRecord(value)) return refuse('보관함 파일이 아닙니다: 최상위 값이 객체가 아닙니다.');
  const { format, version, exportedAt, sources, library } = value;
  if (format !== ARCHIVE_FILE_FORMAT) {
    return refuse(`보관함 파일이 아닙니다: format 항목이 "${ARCHIVE_FILE_FORMAT}"이(가) 아닙니다.`);
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > ARCHIVE_FILE_VERSION) {
    return refuse(
      `지원하지 않는 버전의 파일입니다: 파일은 v${version}, 이 앱은 v${ARCHIVE_FILE_VERSION}까지 읽습니다.`,
    );
  }
  if (version !== ARCHIVE_FILE_VERSION) {
    return refuse('보관함 파일이 아닙니다: version 항목이 없거나 올바르지 않습니다.');
  }
  if (typeof exportedAt !== 'string' || Number.isNaN(Date.parse(exportedAt))) {
    return refuse('보관함 파일이 손상되었습니다: exportedAt 항목이 날짜·시각이 아닙니다.');
  }
  if (!Array.isArray(sources)) {
    return refuse('보관함 파일이 손상되었습니다: sources 항목이 없거나 배열이 아닙니다.');
  }

  const read: StoredSource[] = [];
  const ids = new Set<string>();
  for (const [index, item] of sources.entries()) {
    const entry = await readEntry(item);
    if (typeof entry === 'string') {
      return refuse(
        `${index + 1}번째 자료 ${recordLabel(item)}이(가) 올바르지 않습니다: ${entry}.`,
      );
    }
    if (ids.has(entry.source.id)) {
      return refuse(`${index + 1}번째 자료 ${recordLabel(item)}이(가) 파일에 두 번 들어 있습니다.`);
    }
    ids.add(entry.source.id);
    read.push(entry);
  }

  if (library === null) return { ok: true, sources: read, library: null };
  if (library === undefined)
    return refuse('보관함 파일이 손상되었습니다: library 항목이 없습니다.');
  const checked = checkLibraryFile(library);
  if (!checked.ok) return refuse(`보관함 파일의 서재가 올바르지 않습니다. ${checked.error}`);
  return { ok: true, sources: read, library: checked.data };
}

/** One source of the file with its text, or the reason it is refused. */
async function readEntry(item: unknown): Promise<StoredSource | string> {
  if (!isRecord(item)) return '객체가 아닙니다';
  const { text, ...fields } = item;
  if (typeof text !== 'string') return 'text 값이 문자열이 아닙니다';
  const source = readArchiveSource(fields);
  if (typeof source === 'string') return source;
  const bytes = new TextEncoder().encode(text);
  const examined = await examineDigest(bytes);
  if (!examined.ok) {
    return examined.failure.kind === 'no-papers'
      ? '본문에 논문이 하나도 없습니다'
      : '본문이 다이제스트가 아닙니다';
  }
  if (examined.facts.hash !== source.hash) {
    return '본문이 hash 값과 맞지 않습니다 (파일이 손상되었거나 고쳐졌습니다)';
  }
  return { source: { ...source, ...examined.facts }, text: textBlob(bytes) };
}

function refuse(message: string): ReadArchiveFile {
  return { ok: false, message };
}
