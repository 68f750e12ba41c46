import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LibraryStore, exportJson, importJson, type LibraryData } from '../../src/library';
import { exportBibtex, exportMarkdown } from '../../src/library/citations';
import { makeEntry } from '../support/entry-factory';
import {
  libraryArbitrary,
  makeBookmark,
  makeLibrary,
  makeNote,
  makeReadMark,
  memoryStore,
} from '../support/library-factory';

const yi = makeEntry({
  id: '2024-03-08-yi',
  title: 'Yi: Open Foundation Models by 01.AI',
  date: '2024-03-08',
  authors: ['Alex Young', 'Bei Chen', 'Chao Li'],
  links: ['https://arxiv.org/abs/2403.04652v2', 'https://github.com/01-ai/Yi'],
  commentary: 'Yi 쪽에서 리포트가 나왔네요.\n데이터 품질 이야기가 많습니다.',
  tags: ['llm', 'pretraining'],
});

function bookmarked(...ids: string[]): LibraryData {
  return makeLibrary({ bookmarks: ids.map((id) => makeBookmark({ id })) });
}

/** BibTeX counts every brace, escaped or not; each entry must balance as raw characters. */
function rawBracesBalance(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '{') depth++;
    else if (char === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

function field(bibtex: string, name: string): string | undefined {
  return new RegExp(`^  ${name} = \\{(.*)\\},$`, 'm').exec(bibtex)?.[1];
}

describe('exportJson and importJson', () => {
  it('writes pretty JSON with the version and the export time', () => {
    const data = makeLibrary({ bookmarks: [makeBookmark()] });
    const text = exportJson(data, new Date('2024-03-10T12:00:00Z'));
    expect(text).toMatch(/^\{\n {2}"version": 1,\n {2}"exportedAt": "2024-03-10T12:00:00.000Z",\n/);
    expect(JSON.parse(text)).toEqual({ ...data, exportedAt: '2024-03-10T12:00:00.000Z' });
  });

  it('reads back exactly the library it exported', () => {
    fc.assert(
      fc.property(libraryArbitrary, (data) => {
        expect(importJson(exportJson(data))).toEqual({ ok: true, data });
      }),
    );
  });

  it('accepts a file saved with a byte order mark', () => {
    const data = makeLibrary({ notes: [makeNote()] });
    expect(importJson(`\uFEFF${exportJson(data)}`)).toEqual({ ok: true, data });
  });

  const good = makeLibrary({ bookmarks: [makeBookmark({ id: 'a' })], read: [makeReadMark()] });
  it.each([
    ['not JSON', '{"version": 1,', '파일을 읽을 수 없습니다: JSON 형식이 아닙니다.'],
    ['an array', '["2024-03-08-a"]', '서재 내보내기 파일이 아닙니다: 최상위 값이 객체가 아닙니다.'],
    ['null', 'null', '서재 내보내기 파일이 아닙니다: 최상위 값이 객체가 아닙니다.'],
    [
      'some other JSON file',
      '{"name": "digest-reader", "version": "0.1.0"}',
      '서재 내보내기 파일이 아닙니다: version 항목이 없거나 올바르지 않습니다.',
    ],
    [
      'a newer version',
      JSON.stringify({ ...good, version: 2 }),
      '지원하지 않는 버전의 파일입니다: 파일은 v2, 이 앱은 v1까지 읽습니다.',
    ],
    [
      'a missing section',
      JSON.stringify({ version: 1, bookmarks: {}, read: {} }),
      '서재 내보내기 파일이 아닙니다: notes 항목이 없거나 객체가 아닙니다.',
    ],
    [
      'one invalid record',
      JSON.stringify({
        ...good,
        bookmarks: { ...good.bookmarks, b: makeBookmark({ id: 'b', savedAt: '2024-03-08' }) },
      }),
      '책갈피 "b" 항목이 올바르지 않습니다: savedAt 값이 ISO 8601 날짜·시각이 아닙니다.',
    ],
    [
      'several invalid records',
      JSON.stringify({
        ...good,
        read: { x: { id: 'y', readAt: '2024-03-08T00:00:00Z' } },
        notes: { n: { id: 'n', text: 5, updatedAt: '2024-03-08T00:00:00Z' } },
      }),
      '읽음 표시 "x" 항목이 올바르지 않습니다: id 값이 목록의 키와 다릅니다. 이 밖에도 잘못된 항목이 1개 더 있습니다.',
    ],
  ])('refuses %s with a message saying what is wrong', (_, text, error) => {
    expect(importJson(text)).toEqual({ ok: false, error });
  });

  it('leaves the library unchanged when a file is refused', () => {
    const library = new LibraryStore({ store: memoryStore(), schedule: () => undefined });
    library.toggleBookmark(makeEntry({ id: 'mine' }));
    const before = library.getSnapshot();
    const file = JSON.stringify({
      version: 1,
      bookmarks: {
        ok: makeBookmark({ id: 'ok' }),
        bad: { ...makeBookmark({ id: 'bad' }), title: 1 },
      },
      read: {},
      notes: {},
    });
    const result = importJson(file);
    if (result.ok) library.importData(result.data);
    expect(result.ok).toBe(false);
    expect(library.getSnapshot()).toBe(before);
  });
});

describe('exportBibtex', () => {
  it('writes one @misc per bookmarked paper, with its link, arXiv id and abstract', () => {
    const data = makeLibrary({
      bookmarks: [makeBookmark({ id: yi.id })],
      notes: [makeNote({ id: yi.id, text: '표 3 다시 보기' })],
    });
    expect(exportBibtex([makeEntry(), yi], data)).toBe(
      [
        '@misc{young2024yi,',
        '  title = {{Yi: Open Foundation Models by 01.AI}},',
        '  author = {Alex Young and Bei Chen and Chao Li},',
        '  year = {2024},',
        '  url = {https://arxiv.org/abs/2403.04652},',
        '  eprint = {2403.04652},',
        '  archivePrefix = {arXiv},',
        '  abstract = {We study things.},',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('is empty without bookmarks', () => {
    expect(exportBibtex([yi], makeLibrary({ notes: [makeNote({ id: yi.id })] }))).toBe('');
  });

  it('never exports the commentary or private notes', () => {
    const data = makeLibrary({
      bookmarks: [makeBookmark({ id: yi.id }), makeBookmark({ id: 'gone' })],
      notes: [makeNote({ id: yi.id, text: '비공개 메모' }), makeNote({ id: 'gone', text: '비밀' })],
    });
    const bibtex = exportBibtex([yi], data);
    expect(bibtex).not.toMatch(/note|메모|비밀|리포트가 나왔네요/);
  });

  it('keeps the math of a title as TeX, with Unicode Greek as macros', () => {
    const entries = [
      makeEntry({ id: 'mup', title: '$μ$P: S$^2$R at 256$\\times$256 for \\$10,000' }),
      makeEntry({ id: 'budget', title: 'Training with $100K Budget' }),
    ];
    const bibtex = exportBibtex(entries, bookmarked('mup', 'budget'));
    expect(bibtex).toContain('  title = {{$\\mu$P: S$^2$R at 256$\\times$256 for \\$10,000}},');
    expect(bibtex).toContain('  title = {{Training with \\$100K Budget}},');
  });

  it('escapes what LaTeX and BibTeX read specially, and passes Korean through', () => {
    const entry = makeEntry({
      id: 'special',
      title:
        'Sets {A} and lone } or { braces: 100% of "R&D" on snake_case #1 for $5 ~ a^b \\ 한국어',
      authors: ['Ann Lee'],
    });
    const bibtex = exportBibtex([entry], bookmarked('special'));
    expect(field(bibtex, 'title')).toBe(
      '{Sets \\{A\\} and lone \\textbraceright{} or \\textbraceleft{} braces: 100\\% of {"}R\\&D{"} on snake\\_case \\#1 for \\$5 ~ a\\textasciicircum{}b 한국어}',
    );
    expect(rawBracesBalance(bibtex)).toBe(true);
  });

  it('keeps math in the abstract as math and escapes the rest', () => {
    const entry = makeEntry({
      id: 'math',
      abstract:
        '복잡도가 $O(n^2)$에서 \\(O(n \\log n)\\)으로 줄고, 비용은 \\$5, 정확도 50% & 속도_향상.\n`$HOME` 같은 코드, 괄호가 깨진 $\\left\\{ x$, 짝 없는 $ 하나, \\texttt{Qwen2.5-7B}.',
    });
    const abstract = field(exportBibtex([entry], bookmarked('math')), 'abstract');
    expect(abstract).toBe(
      '복잡도가 $O(n^2)$에서 $O(n \\log n)$으로 줄고, 비용은 \\$5, 정확도 50\\% \\& 속도\\_향상. ‘\\$HOME‘ 같은 코드, 괄호가 깨진 \\$\\textbackslash{}left\\textbackslash{}\\textbraceleft{} x\\$, 짝 없는 \\$ 하나, \\texttt{Qwen2.5-7B}.',
    );
    expect(rawBracesBalance(abstract ?? '')).toBe(true);
  });

  it('keeps a whole field balanced whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string(), (title, commentary) => {
        const entry = makeEntry({ id: 'x', title, commentary, links: ['https://e.org/{a}\\'] });
        expect(rawBracesBalance(exportBibtex([entry], bookmarked('x')))).toBe(true);
      }),
    );
  });

  it('links non-arXiv papers with \\url, escaping % and #', () => {
    const entry = makeEntry({
      id: 'blog',
      links: ['https://example.com/a_b%20c?x={1}#frag', 'https://arxiv.org/abs/2401.00001'],
    });
    const bibtex = exportBibtex([entry], bookmarked('blog'));
    expect(field(bibtex, 'eprint')).toBe('2401.00001');
    const other = makeEntry({ id: 'blog2', links: ['https://example.com/a_b%20c?x={1}#frag'] });
    expect(field(exportBibtex([other], bookmarked('blog2')), 'howpublished')).toBe(
      '\\url{https://example.com/a_b\\%20c?x=\\%7B1\\%7D\\#frag}',
    );
  });

  it('keeps an author name containing "and" whole', () => {
    const entry = makeEntry({ id: 'team', authors: ['Research and Development Team', 'Bo Kim'] });
    expect(field(exportBibtex([entry], bookmarked('team')), 'author')).toBe(
      '{Research and Development Team} and Bo Kim',
    );
  });

  it('makes ASCII keys from surname, year and first title word, deduplicated a, b, c', () => {
    const paper = (id: string, title: string, authors = ['José García']) =>
      makeEntry({ id, title, authors, date: '2023-05-01' });
    const entries = [
      paper('1', 'The Scaling Laws'),
      paper('2', 'Scaling Up'),
      paper('3', 'scaling: again'),
      paper('4', 'Scaling', ['김철수']),
      paper('5', '한국어 제목', []),
    ];
    const bibtex = exportBibtex(entries, bookmarked('1', '2', '3', '4', '5'));
    expect([...bibtex.matchAll(/^@misc\{(.*),$/gm)].map((match) => match[1])).toEqual([
      'garcia2023scaling',
      'garcia2023scalinga',
      'garcia2023scalingb',
      '2023scaling',
      '2023',
    ]);
  });

  it('uses the saved title and date for papers no longer in the digest', () => {
    const data = makeLibrary({
      bookmarks: [
        makeBookmark({
          id: 'gone-2',
          title: '두 번째',
          date: null,
          savedAt: '2024-03-09T00:00:00Z',
        }),
        makeBookmark({ id: 'gone-1', title: '사라진 논문', savedAt: '2024-03-01T00:00:00Z' }),
      ],
      notes: [makeNote({ id: 'gone-1', text: '출처: 50% 요약' })],
    });
    expect(exportBibtex([yi], data)).toBe(
      [
        '@misc{2024,',
        '  title = {{사라진 논문}},',
        '  year = {2024},',
        '}',
        '',
        '@misc{paper,',
        '  title = {{두 번째}},',
        '}',
        '',
      ].join('\n'),
    );
  });
});

describe('exportMarkdown', () => {
  it('lists each bookmarked paper with authors, link, date, tags, commentary and my note', () => {
    const blog = makeEntry({
      id: 'blog',
      title: 'C# *tricks* for [LLMs]',
      date: null,
      links: ['https://example.com/post'],
      commentary: '',
      tags: [],
    });
    const data = makeLibrary({
      bookmarks: [
        makeBookmark({ id: yi.id }),
        makeBookmark({ id: 'blog' }),
        makeBookmark({ id: 'gone', title: '사라진 논문', date: '2024-01-02' }),
      ],
      notes: [makeNote({ id: yi.id, text: '표 3 다시 보기\n- 데이터 섞는 비율' })],
    });
    expect(exportMarkdown([yi, blog, makeEntry()], data)).toBe(
      [
        '# 내 서재',
        '',
        '## Yi: Open Foundation Models by 01.AI',
        '',
        '- 저자: Alex Young, Bei Chen, Chao Li',
        '- 링크: <https://arxiv.org/abs/2403.04652>',
        '- 날짜: 2024년 3월 8일 (금)',
        '- 태그: #llm #pretraining',
        '',
        '> Yi 쪽에서 리포트가 나왔네요.',
        '>',
        '> 데이터 품질 이야기가 많습니다.',
        '',
        '### 내 메모',
        '',
        '표 3 다시 보기',
        '- 데이터 섞는 비율',
        '',
        '## C\\# \\*tricks\\* for \\[LLMs\\]',
        '',
        '- 저자: Ann Lee, Bo Kim',
        '- 링크: <https://example.com/post>',
        '- 날짜: 날짜 미상',
        '',
        '## 사라진 논문',
        '',
        '- 날짜: 2024년 1월 2일 (화)',
        '',
      ].join('\n'),
    );
  });

  it('writes a TeX title as plain text', () => {
    const entry = makeEntry({ id: 'sr', title: 'S$^2$R: $\\mu$P *scaling*', authors: [] });
    expect(exportMarkdown([entry], bookmarked('sr'))).toContain('## S²R: μP \\*scaling\\*\n');
  });

  it('is only the heading without bookmarks', () => {
    expect(exportMarkdown([yi], makeLibrary())).toBe('# 내 서재\n');
  });
});
