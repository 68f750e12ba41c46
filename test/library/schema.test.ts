import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyLibrary, parseLibrary } from '../../src/library';
import {
  libraryArbitrary,
  makeBookmark,
  makeLibrary,
  makeNote,
  makeReadMark,
} from '../support/library-factory';

describe('parseLibrary', () => {
  it('reads the current version as it is, from text or a parsed value', () => {
    const data = makeLibrary({
      bookmarks: [makeBookmark()],
      read: [makeReadMark()],
      notes: [makeNote()],
    });
    expect(parseLibrary(JSON.stringify(data))).toEqual({ data, problems: [], format: 'current' });
    expect(parseLibrary(data)).toEqual({ data, problems: [], format: 'current' });
  });

  it('reads any valid library back unchanged', () => {
    fc.assert(
      fc.property(libraryArbitrary, (data) => {
        expect(parseLibrary(JSON.stringify(data))).toEqual({
          data,
          problems: [],
          format: 'current',
        });
      }),
    );
  });

  it.each([
    [
      'text that is not JSON',
      '{"version": 1, "bookmarks": {',
      '서재 데이터가 JSON 형식이 아니어서',
    ],
    ['null', 'null', '형식을 알아볼 수 없어'],
    ['a number', '42', '형식을 알아볼 수 없어'],
    ['a JSON string', '"bookmarks"', '형식을 알아볼 수 없어'],
  ])('starts empty from %s and says why', (_, raw, problem) => {
    const parsed = parseLibrary(raw);
    expect(parsed.data).toEqual(emptyLibrary());
    expect(parsed.format).toBe('unknown');
    expect(parsed.problems).toEqual([expect.stringContaining(problem)]);
  });

  it('migrates the legacy v0 shape, a bare array of bookmarked ids', () => {
    const parsed = parseLibrary(
      JSON.stringify(['2024-03-08-yi-open-foundation-models', 'undated-notes', 7, '']),
    );
    expect(parsed.format).toBe('legacy');
    expect(parsed.data.bookmarks).toEqual({
      '2024-03-08-yi-open-foundation-models': {
        id: '2024-03-08-yi-open-foundation-models',
        title: '2024-03-08-yi-open-foundation-models',
        date: '2024-03-08',
        savedAt: '1970-01-01T00:00:00.000Z',
      },
      'undated-notes': {
        id: 'undated-notes',
        title: 'undated-notes',
        date: null,
        savedAt: '1970-01-01T00:00:00.000Z',
      },
    });
    expect(parsed.data.read).toEqual({});
    expect(parsed.problems).toEqual(['책갈피 2개를 읽을 수 없어 건너뛰었습니다.']);
  });

  it('migrates a clean legacy array without problems', () => {
    expect(parseLibrary(['2024-03-08-a'])).toMatchObject({ format: 'legacy', problems: [] });
  });

  it('keeps the good records among bad ones and counts the bad ones per section', () => {
    const good = makeBookmark({ id: 'good' });
    const parsed = parseLibrary({
      version: 1,
      bookmarks: {
        good,
        'not-an-object': 'yes',
        'wrong-id': makeBookmark({ id: 'other' }),
        'bad-title': { ...makeBookmark({ id: 'bad-title' }), title: 3 },
        'bad-day': makeBookmark({ id: 'bad-day', date: '2024-02-30' }),
        'bad-time': makeBookmark({ id: 'bad-time', savedAt: 'yesterday' }),
      },
      read: {
        ok: makeReadMark({ id: 'ok' }),
        'no-time': { id: 'no-time' },
      },
      notes: {
        ok: makeNote({ id: 'ok', text: '좋음' }),
        blank: makeNote({ id: 'blank', text: '   ' }),
        'rolled-over': makeNote({ id: 'rolled-over', updatedAt: '2024-02-31T10:00:00Z' }),
      },
    });
    expect(parsed.format).toBe('current');
    expect(parsed.data).toEqual(
      makeLibrary({
        bookmarks: [good],
        read: [makeReadMark({ id: 'ok' })],
        notes: [makeNote({ id: 'ok', text: '좋음' })],
      }),
    );
    expect(parsed.problems).toEqual([
      '책갈피 5개를 읽을 수 없어 건너뛰었습니다.',
      '읽음 표시 1개를 읽을 수 없어 건너뛰었습니다.',
      '메모 2개를 읽을 수 없어 건너뛰었습니다.',
    ]);
  });

  it('accepts ISO times with offsets and without seconds', () => {
    const parsed = parseLibrary(
      makeLibrary({
        read: [
          makeReadMark({ id: 'a', readAt: '2024-03-08T19:00:00+09:00' }),
          makeReadMark({ id: 'b', readAt: '2024-03-08T10:00Z' }),
        ],
      }),
    );
    expect(parsed.problems).toEqual([]);
    expect(Object.keys(parsed.data.read)).toEqual(['a', 'b']);
  });

  it('reads what it can of a future version and says so', () => {
    const parsed = parseLibrary({
      version: 2,
      bookmarks: { a: { ...makeBookmark({ id: 'a' }), colour: 'red' } },
      read: {},
      notes: {},
      highlights: { a: [] },
    });
    expect(parsed.format).toBe('future');
    expect(parsed.data.bookmarks).toEqual({ a: makeBookmark({ id: 'a' }) });
    expect(parsed.problems).toEqual([
      '더 새로운 버전(v2)의 서재 데이터라 이 버전이 아는 항목만 읽었습니다.',
    ]);
  });

  it('recovers sections from an object without a version, and reports missing sections', () => {
    const parsed = parseLibrary({ bookmarks: { a: makeBookmark({ id: 'a' }) }, read: [] });
    expect(parsed.format).toBe('unknown');
    expect(parsed.data.bookmarks).toEqual({ a: makeBookmark({ id: 'a' }) });
    expect(parsed.problems).toEqual([
      '서재 데이터에 올바른 버전 정보가 없어 알아볼 수 있는 항목만 읽었습니다.',
      '읽음 표시 목록을 읽을 수 없어 건너뛰었습니다.',
      '메모 목록을 읽을 수 없어 건너뛰었습니다.',
    ]);
  });

  it('keeps ids such as __proto__ as ordinary keys', () => {
    const parsed = parseLibrary(
      '{"version":1,"bookmarks":{"__proto__":{"id":"__proto__","title":"t","date":null,"savedAt":"2024-03-08T10:00:00Z"}},"read":{},"notes":{}}',
    );
    expect(parsed.problems).toEqual([]);
    expect(Object.getPrototypeOf(parsed.data.bookmarks)).toBe(Object.prototype);
    expect(Object.keys(parsed.data.bookmarks)).toEqual(['__proto__']);
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.string(), fc.anything()), (raw) => {
        const { data, problems } = parseLibrary(raw);
        expect(data.version).toBe(1);
        expect(Array.isArray(problems)).toBe(true);
      }),
    );
  });
});
