import type { ArchiveSource, ArchiveSourceKind } from './types.ts';

/** Hex digits of the text's hash in the id of a file or a pasted day. */
const ID_HASH_DIGITS = 16;

/** The id a source of `kind` gets: its text's hash for a file or a paste, its address otherwise. */
export function sourceId(kind: ArchiveSourceKind, hash: string, url: string | null): string {
  if (kind === 'subscription') return `url:${url}`;
  return `${kind}:${hash.slice(0, ID_HASH_DIGITS)}`;
}

/**
 * A stored or imported value as a source, or the reason it is not one, in Korean. Storage and
 * files may hold anything (a half-written value, another version's record, a hand-edited file),
 * so every field is checked, and so is the id against the kind, hash and address it names.
 */
export function readArchiveSource(value: unknown): ArchiveSource | string {
  if (!isRecord(value)) return '객체가 아닙니다';
  const { id, kind, name, url, size, paperCount, firstDate, lastDate, hash } = value;
  const { addedAt, changedAt, refreshedAt, etag, lastModified } = value;
  if (kind !== 'file' && kind !== 'paste' && kind !== 'subscription') {
    return 'kind 값이 file, paste, subscription 중 하나가 아닙니다';
  }
  if (typeof name !== 'string') return 'name 값이 문자열이 아닙니다';
  let address: string | null = null;
  if (kind === 'subscription') {
    if (!isAddress(url)) return 'url 값이 주소가 아닙니다';
    address = url;
  } else if (url !== null) {
    return 'url 값이 null이 아닙니다';
  }
  if (!isCount(size)) return 'size 값이 0 이상의 정수가 아닙니다';
  if (!isCount(paperCount)) return 'paperCount 값이 0 이상의 정수가 아닙니다';
  if (!isDayOrNull(firstDate)) return 'firstDate 값이 YYYY-MM-DD 날짜나 null이 아닙니다';
  if (!isDayOrNull(lastDate)) return 'lastDate 값이 YYYY-MM-DD 날짜나 null이 아닙니다';
  if (!isTimestamp(addedAt)) return 'addedAt 값이 ISO 8601 날짜·시각이 아닙니다';
  if (!isTimestamp(changedAt)) return 'changedAt 값이 ISO 8601 날짜·시각이 아닙니다';
  if (!isTimestamp(refreshedAt)) return 'refreshedAt 값이 ISO 8601 날짜·시각이 아닙니다';
  if (!isStringOrNull(etag)) return 'etag 값이 문자열이나 null이 아닙니다';
  if (!isStringOrNull(lastModified)) return 'lastModified 값이 문자열이나 null이 아닙니다';
  if (typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash)) {
    return 'hash 값이 SHA-256 해시(16진수 64자)가 아닙니다';
  }
  if (id !== sourceId(kind, hash, address)) return 'id 값이 종류·해시·주소와 맞지 않습니다';
  return {
    id,
    kind,
    name,
    url: address,
    size,
    paperCount,
    firstDate,
    lastDate,
    addedAt,
    changedAt,
    refreshedAt,
    etag,
    lastModified,
    hash,
  };
}

/** How a value that may not be a source is named in a message: its id when it has one. */
export function recordLabel(value: unknown): string {
  const id = isRecord(value) ? value.id : undefined;
  if (typeof id !== 'string' || id === '') return '(id 없음)';
  return JSON.stringify(id.length > 80 ? `${id.slice(0, 80)}…` : id);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isAddress(value: unknown): value is string {
  return typeof value === 'string' && URL.canParse(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isDayOrNull(value: unknown): value is string | null {
  return value === null || (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value));
}

function isStringOrNull(value: unknown): value is string | null {
  return value === null || typeof value === 'string';
}

function isTimestamp(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) &&
    !Number.isNaN(Date.parse(value))
  );
}
