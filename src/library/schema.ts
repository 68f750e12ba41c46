/**
 * The reader's library as it is stored and exported. Readers here never throw: storage and files
 * may hold anything, from another version of the app, a half-written value or a hand-edited file.
 */
import { getOwn } from './records.ts';

export const LIBRARY_VERSION = 1;

export interface Bookmark {
  id: string;
  /** Saved with the bookmark, so a paper that leaves the digest can still be listed by name. */
  title: string;
  /** `YYYY-MM-DD`, or null when the paper's date is unknown. */
  date: string | null;
  /** ISO 8601. */
  savedAt: string;
}

export interface ReadMark {
  id: string;
  /** ISO 8601. */
  readAt: string;
}

export interface Note {
  id: string;
  /** Never blank: clearing a note removes it. */
  text: string;
  /** ISO 8601. */
  updatedAt: string;
}

/** Each section is keyed by paper id, and every record's `id` equals its key. */
export interface LibraryData {
  version: 1;
  bookmarks: Record<string, Bookmark>;
  read: Record<string, ReadMark>;
  notes: Record<string, Note>;
}

export type LibrarySection = 'bookmarks' | 'read' | 'notes';

/**
 * What a stored value turned out to be: the current version, the legacy v0 shape (a bare JSON array
 * of bookmarked paper ids, from before the library had read marks and notes), a newer version than
 * this app knows, or something unrecognisable.
 */
export type LibraryFormat = 'current' | 'legacy' | 'future' | 'unknown';

export interface ParsedLibrary {
  data: LibraryData;
  /** Korean sentences for the reader about what could not be kept; empty when nothing was lost. */
  problems: string[];
  format: LibraryFormat;
}

export function emptyLibrary(): LibraryData {
  return { version: LIBRARY_VERSION, bookmarks: {}, read: {}, notes: {} };
}

/**
 * Reads a library from stored JSON text or an already parsed JSON value, keeping every record that
 * is valid on its own and reporting in `problems` what was dropped. Legacy v0 data is migrated; a
 * newer version is read as far as its records look like this version's.
 */
export function parseLibrary(raw: unknown): ParsedLibrary {
  const { data, format, issues } = readDocument(raw);
  return { data, format, problems: describeProblems(issues) };
}

/**
 * The strict reading used for imported files: the whole file is refused, with a Korean message
 * naming the first thing wrong, unless it is a library of this version in which every record is
 * valid. Legacy v0 was only ever a storage shape, never a file, so it is refused.
 */
export function checkLibraryFile(
  raw: unknown,
): { ok: true; data: LibraryData } | { ok: false; error: string } {
  const { data, format, issues } = readDocument(raw);
  if (format === 'legacy') return { ok: false, error: NOT_AN_EXPORT };
  const [first] = issues;
  if (!first) return { ok: true, data };
  const badRecords = issues.filter((issue) => issue.kind === 'record').length;
  return { ok: false, error: describeRefusal(first, badRecords) };
}

type Issue =
  | { kind: 'not-json' }
  | { kind: 'not-library' }
  | { kind: 'no-version' }
  | { kind: 'future-version'; version: number }
  | { kind: 'section'; section: LibrarySection }
  | { kind: 'record'; section: LibrarySection; key: string; reason: string };

interface Reading {
  data: LibraryData;
  format: LibraryFormat;
  issues: Issue[];
}

const LABEL: Record<LibrarySection, string> = {
  bookmarks: '책갈피',
  read: '읽음 표시',
  notes: '메모',
};

const NOT_AN_EXPORT = '서재 내보내기 파일이 아닙니다: 최상위 값이 객체가 아닙니다.';

/** Legacy bookmarks carry no save time; the epoch sorts them first and loses every merge. */
const LEGACY_SAVED_AT = new Date(0).toISOString();

function readDocument(raw: unknown): Reading {
  if (typeof raw !== 'string') return readValue(raw);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { data: emptyLibrary(), format: 'unknown', issues: [{ kind: 'not-json' }] };
  }
  return readValue(value);
}

function readValue(value: unknown): Reading {
  if (Array.isArray(value)) return readLegacy(value);
  if (!isObject(value)) {
    return { data: emptyLibrary(), format: 'unknown', issues: [{ kind: 'not-library' }] };
  }
  const issues: Issue[] = [];
  const version = getOwn(value, 'version');
  let format: LibraryFormat = 'current';
  if (version !== LIBRARY_VERSION) {
    if (typeof version === 'number' && Number.isInteger(version) && version > LIBRARY_VERSION) {
      format = 'future';
      issues.push({ kind: 'future-version', version });
    } else {
      format = 'unknown';
      issues.push({ kind: 'no-version' });
    }
  }
  const data: LibraryData = {
    version: LIBRARY_VERSION,
    bookmarks: readSection(value, 'bookmarks', readBookmark, issues),
    read: readSection(value, 'read', readReadMark, issues),
    notes: readSection(value, 'notes', readNote, issues),
  };
  return { data, format, issues };
}

function readLegacy(ids: unknown[]): Reading {
  const issues: Issue[] = [];
  const bookmarks: Array<[string, Bookmark]> = [];
  ids.forEach((id, index) => {
    if (typeof id === 'string' && id !== '') {
      // Ids start with the paper's date, and read well enough to stand in for the unknown title.
      const date = id.slice(0, 10);
      const dated = isDay(date) && (id.length === 10 || id.charAt(10) === '-');
      bookmarks.push([id, { id, title: id, date: dated ? date : null, savedAt: LEGACY_SAVED_AT }]);
    } else {
      issues.push({ kind: 'record', section: 'bookmarks', key: String(index), reason: ID_REASON });
    }
  });
  const data = { ...emptyLibrary(), bookmarks: Object.fromEntries(bookmarks) };
  return { data, format: 'legacy', issues };
}

function readSection<T>(
  doc: Record<string, unknown>,
  section: LibrarySection,
  read: (key: string, value: unknown) => T | string,
  issues: Issue[],
): Record<string, T> {
  const value = getOwn(doc, section);
  if (!isObject(value)) {
    issues.push({ kind: 'section', section });
    return {};
  }
  const records: Array<[string, T]> = [];
  for (const [key, item] of Object.entries(value)) {
    const record = read(key, item);
    if (typeof record === 'string') issues.push({ kind: 'record', section, key, reason: record });
    else records.push([key, record]);
  }
  // fromEntries defines own properties, so a key such as `__proto__` stays an ordinary key.
  return Object.fromEntries(records);
}

// Record readers return the record, or the reason it was refused.

function readBookmark(key: string, value: unknown): Bookmark | string {
  if (!isObject(value)) return NOT_OBJECT;
  const id = getOwn(value, 'id');
  const title = getOwn(value, 'title');
  const date = getOwn(value, 'date');
  const savedAt = getOwn(value, 'savedAt');
  const idProblem = checkId(key, id);
  if (idProblem) return idProblem;
  if (typeof title !== 'string') return 'title 값이 문자열이 아닙니다';
  if (date !== null && !isDay(date)) return 'date 값이 YYYY-MM-DD 날짜나 null이 아닙니다';
  if (!isTimestamp(savedAt)) return timestampReason('savedAt');
  return { id: key, title, date, savedAt };
}

function readReadMark(key: string, value: unknown): ReadMark | string {
  if (!isObject(value)) return NOT_OBJECT;
  const readAt = getOwn(value, 'readAt');
  const idProblem = checkId(key, getOwn(value, 'id'));
  if (idProblem) return idProblem;
  if (!isTimestamp(readAt)) return timestampReason('readAt');
  return { id: key, readAt };
}

function readNote(key: string, value: unknown): Note | string {
  if (!isObject(value)) return NOT_OBJECT;
  const text = getOwn(value, 'text');
  const updatedAt = getOwn(value, 'updatedAt');
  const idProblem = checkId(key, getOwn(value, 'id'));
  if (idProblem) return idProblem;
  if (typeof text !== 'string' || text.trim() === '')
    return 'text 값이 비어 있거나 문자열이 아닙니다';
  if (!isTimestamp(updatedAt)) return timestampReason('updatedAt');
  return { id: key, text, updatedAt };
}

const NOT_OBJECT = '객체가 아닙니다';
const ID_REASON = 'id 값이 비어 있거나 문자열이 아닙니다';

function checkId(key: string, id: unknown): string | null {
  if (typeof id !== 'string' || id === '') return ID_REASON;
  return id === key ? null : 'id 값이 목록의 키와 다릅니다';
}

function timestampReason(field: string): string {
  return `${field} 값이 ISO 8601 날짜·시각이 아닙니다`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

function isDay(value: unknown): value is string {
  return typeof value === 'string' && isCalendarDay(DAY.exec(value));
}

function isTimestamp(value: unknown): value is string {
  return typeof value === 'string' && isCalendarDay(TIMESTAMP.exec(value));
}

// Date.parse accepts 2024-02-31 and rolls it over to March, so days are checked by hand.
function isCalendarDay(match: RegExpExecArray | null): boolean {
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

function describeProblems(issues: readonly Issue[]): string[] {
  const problems: string[] = [];
  const skipped = new Map<LibrarySection, number>();
  for (const issue of issues) {
    switch (issue.kind) {
      case 'not-json':
        problems.push('서재 데이터가 JSON 형식이 아니어서 읽지 못했습니다.');
        break;
      case 'not-library':
        problems.push('서재 데이터의 형식을 알아볼 수 없어 읽지 못했습니다.');
        break;
      case 'no-version':
        problems.push('서재 데이터에 올바른 버전 정보가 없어 알아볼 수 있는 항목만 읽었습니다.');
        break;
      case 'future-version':
        problems.push(
          `더 새로운 버전(v${issue.version})의 서재 데이터라 이 버전이 아는 항목만 읽었습니다.`,
        );
        break;
      case 'section':
        problems.push(`${LABEL[issue.section]} 목록을 읽을 수 없어 건너뛰었습니다.`);
        break;
      case 'record':
        skipped.set(issue.section, (skipped.get(issue.section) ?? 0) + 1);
        break;
    }
  }
  for (const [section, count] of skipped) {
    problems.push(`${LABEL[section]} ${count}개를 읽을 수 없어 건너뛰었습니다.`);
  }
  return problems;
}

function describeRefusal(issue: Issue, badRecords: number): string {
  switch (issue.kind) {
    case 'not-json':
      return '파일을 읽을 수 없습니다: JSON 형식이 아닙니다.';
    case 'not-library':
      return NOT_AN_EXPORT;
    case 'no-version':
      return '서재 내보내기 파일이 아닙니다: version 항목이 없거나 올바르지 않습니다.';
    case 'future-version':
      return `지원하지 않는 버전의 파일입니다: 파일은 v${issue.version}, 이 앱은 v${LIBRARY_VERSION}까지 읽습니다.`;
    case 'section':
      return `서재 내보내기 파일이 아닙니다: ${issue.section} 항목이 없거나 객체가 아닙니다.`;
    case 'record': {
      const key = issue.key.length > 60 ? `${issue.key.slice(0, 60)}…` : issue.key;
      const more =
        badRecords > 1 ? ` 이 밖에도 잘못된 항목이 ${badRecords - 1}개 더 있습니다.` : '';
      return `${LABEL[issue.section]} ${JSON.stringify(key)} 항목이 올바르지 않습니다: ${issue.reason}.${more}`;
    }
  }
}
