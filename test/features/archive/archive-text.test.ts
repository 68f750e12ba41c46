import { describe, expect, it } from 'vitest';
import type { ArchiveSource } from '../../../src/archive/types';
import {
  addedText,
  failureOutcome,
  importedText,
  mergeText,
  QUOTA_TEXT,
} from '../../../src/features/archive/archive-text';

const PASTE: ArchiveSource = {
  id: 'paste:0123456789abcdef',
  kind: 'paste',
  name: '붙여넣기 2024-03-08',
  url: null,
  size: 2048,
  paperCount: 10,
  firstDate: '2024-03-08',
  lastDate: '2024-03-08',
  addedAt: '2024-03-08T09:00:00.000Z',
  changedAt: '2024-03-08T09:00:00.000Z',
  refreshedAt: '2024-03-08T09:00:00.000Z',
  etag: null,
  lastModified: null,
  hash: '0'.repeat(64),
};

describe('what a change says', () => {
  it('counts new and known papers', () => {
    expect(addedText('paste', PASTE, { added: 8, duplicates: 2, conflicts: [] })).toBe(
      '붙여넣은 다이제스트를 보관했습니다: 새 논문 8편, 이미 있던 논문 2편',
    );
    expect(mergeText({ added: 3, duplicates: null, conflicts: [] })).toBe('새 논문 3편');
  });

  it('names both sources of a paper whose copies differ, and counts those left unnamed', () => {
    const conflict = (n: number) => ({
      id: `p${n}`,
      title: `Paper ${n}`,
      kept: '붙여넣기 2024-03-08',
      other: '2024-03.txt',
    });
    expect(mergeText({ added: 0, duplicates: 1, conflicts: [conflict(1)] })).toBe(
      '새 논문 0편, 이미 있던 논문 1편. 내용이 다른 논문 1편: “Paper 1” — 붙여넣기 2024-03-08 쪽을 보여 주고 2024-03.txt 쪽은 제쳐 둡니다.',
    );
    const many = mergeText({ added: 0, duplicates: 5, conflicts: [1, 2, 3, 4, 5].map(conflict) });
    expect(many).toContain('내용이 다른 논문 5편');
    expect(many).toContain('“Paper 3”');
    expect(many).not.toContain('“Paper 4”');
    expect(many).toMatch(/\(외 2편\)\.$/);
  });

  it('explains refusals in the words of the way the digest came in', () => {
    expect(failureOutcome({ kind: 'quota' }, 'paste')).toEqual({
      ok: false,
      text: QUOTA_TEXT,
      quota: true,
    });
    const empty = { kind: 'not-a-digest' as const, refusal: { kind: 'empty' as const } };
    expect(failureOutcome(empty, 'paste').text).toBe(
      '붙여넣은 내용이 비어 있습니다. 다이제스트 텍스트를 붙여넣어 주세요.',
    );
    expect(failureOutcome(empty, 'file').text).toMatch(/^다이제스트가 아닙니다\. 빈 파일입니다/);
    expect(failureOutcome(empty, 'subscription').text).toMatch(/빈 파일이 왔습니다/);
    expect(failureOutcome({ kind: 'network', status: 404 }, 'subscription').text).toMatch(
      /^구독하지 못했습니다\. 다이제스트를 찾을 수 없습니다 \(HTTP 404\)/,
    );
    expect(failureOutcome({ kind: 'network', status: null }, 'subscription').text).toMatch(
      /연결할 수 없습니다/,
    );
    expect(
      failureOutcome({ kind: 'invalid-file', message: '보관함 파일이 아닙니다.' }, 'import').text,
    ).toBe('가져오지 못했습니다. 보관함 파일이 아닙니다.');
  });

  it('sums up an import: sources, papers and the library', () => {
    const section = { added: 2, updated: 1 };
    expect(
      importedText(
        2,
        1,
        { added: 12, duplicates: 3, conflicts: [] },
        {
          bookmarks: section,
          read: section,
          notes: { added: 0, updated: 0 },
        },
      ),
    ).toBe(
      '보관함을 가져왔습니다. 자료 2개를 더했습니다. 이미 있던 자료 1개는 건너뛰었습니다. 새 논문 12편, 이미 있던 논문 3편. 책갈피·읽음 표시·메모 새 항목 4개, 갱신 2개.',
    );
  });
});
