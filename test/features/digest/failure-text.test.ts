import { describe, expect, it } from 'vitest';
import {
  CONNECTION_TEXT,
  httpStatusText,
  notADigestText,
} from '../../../src/features/digest/failure-text';

describe('httpStatusText', () => {
  it.each([
    [404, '다이제스트를 찾을 수 없습니다 (HTTP 404)'],
    [410, '다이제스트를 찾을 수 없습니다 (HTTP 410)'],
    [403, '다이제스트를 볼 권한이 없습니다 (HTTP 403)'],
    [401, '다이제스트를 볼 권한이 없습니다 (HTTP 401)'],
    [429, '요청이 너무 많다고 합니다 (HTTP 429)'],
    [500, '다이제스트가 있는 서버에 문제가 있습니다 (HTTP 500)'],
    [503, '다이제스트가 있는 서버에 문제가 있습니다 (HTTP 503)'],
    [418, '다이제스트를 받지 못했습니다 (HTTP 418)'],
  ])('says HTTP %i in Korean, with the status', (status, text) => {
    expect(httpStatusText(status)).toContain(text);
  });

  it('says a request with no answer could not connect, naming CORS', () => {
    expect(CONNECTION_TEXT).toMatch(/^연결할 수 없습니다/);
    expect(CONNECTION_TEXT).toContain('CORS');
  });
});

describe('notADigestText', () => {
  it('names the kind of file that is not a digest', () => {
    expect(notADigestText({ kind: 'binary', format: 'PNG' }, 'file')).toBe(
      '이미지 파일(PNG)은 다이제스트가 아닙니다.',
    );
    expect(notADigestText({ kind: 'binary', format: 'ZIP' }, 'file')).toContain('압축 파일(ZIP)');
    expect(notADigestText({ kind: 'binary', format: 'PDF' }, 'file')).toContain('PDF 파일');
    expect(notADigestText({ kind: 'binary', format: null }, 'file')).toContain(
      '텍스트 파일이 아닙니다',
    );
    expect(notADigestText({ kind: 'not-utf8' }, 'file')).toContain('UTF-8 텍스트가 아닙니다');
    expect(notADigestText({ kind: 'utf16' }, 'file')).toContain('UTF-16');
  });

  it('tells an address that answered with a page apart from a file that is one', () => {
    expect(notADigestText({ kind: 'html' }, 'address')).toBe(
      'HTML 페이지가 왔습니다 — 주소가 다이제스트 텍스트 파일을 가리키는지 확인하세요.',
    );
    expect(notADigestText({ kind: 'html' }, 'file')).toMatch(
      /^HTML 페이지는 다이제스트가 아닙니다/,
    );
    expect(notADigestText({ kind: 'empty' }, 'file')).toMatch(/^빈 파일입니다/);
    expect(notADigestText({ kind: 'empty' }, 'address')).toMatch(/^빈 파일이 왔습니다/);
  });
});
