import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDigest } from '../../src/digest';
import { digest, entryLines } from '../support/digest-factory';

const seed = readFileSync(resolve(__dirname, '../../data/digest.txt'), 'utf8');

describe('the original digest', () => {
  const { entries, warnings } = parseDigest(seed);

  it('has exactly its three entries and no warnings', () => {
    expect(entries.map((entry) => entry.title)).toEqual([
      'Yi: Open Foundation Models by 01.AI',
      'Teaching Large Language Models to Reason with Reinforcement Learning',
      'PixArt-Σ: Weak-to-Strong Training of Diffusion Transformer for 4K Text-to-Image Generation',
    ]);
    expect(warnings).toEqual([]);
  });

  it('reads every field of the first entry', () => {
    const [yi] = entries;
    expect(yi).toMatchObject({
      id: '2024-03-08-yi-open-foundation-models-by-01-ai',
      date: '2024-03-08',
      affiliation: '01.AI',
      translation: '',
      tags: ['llm'],
      links: [],
      line: 2,
    });
    expect(yi?.authors).toHaveLength(30);
    expect(yi?.authors.slice(0, 2)).toEqual(['Alex Young', 'Bei Chen']);
    expect(yi?.authors.at(-1)).toBe('Zonghong Dai');
    expect(yi?.abstract).toMatch(
      /^We introduce the Yi model family, .* stronger frontier models\.$/,
    );
    expect(yi?.commentary.split('\n')).toEqual([
      expect.stringMatching(/^Yi 쪽에서 요즘 모델 공개를 많이 한다 싶었는데 .*상세한 편이군요\.$/),
      expect.stringMatching(/^SFT 데이터에 대한 설명도 흥미로운데 .*이야기를 하고 있습니다\.$/),
    ]);
  });

  it('keeps LaTeX and copy artefacts as written', () => {
    const [, rl, pixart] = entries;
    expect(rl).toMatchObject({ affiliation: '', tags: ['rl'], line: 8 });
    expect(rl?.authors).toEqual([
      'Alex Havrilla',
      'Yuqing Du',
      'Sharath Chandra Raparthy',
      'Christoforos Nalmpantis',
      'Jane Dwivedi-Yu',
      'Maksym Zhuravinskyi',
      'Eric Hambro',
      'Sainbayar Sukhbaatar',
      'Roberta Raileanu',
    ]);
    expect(rl?.abstract).toContain('(\\textbf{RLHF})');
    expect(rl?.abstract).toContain('on the order of 106106 samples');
    expect(rl?.commentary.split('\n')).toHaveLength(2);
    expect(pixart?.abstract).toContain('PixArt-\\Sigma, a Diffusion Transformer model~(DiT)');
    // The rendered page lost the backquotes, so the abstract broke across lines there.
    expect(pixart?.abstract).toContain('with text prompts. A key feature');
    expect(pixart?.abstract).toContain("from the weaker' baseline to a stronger' model");
    expect(pixart).toMatchObject({ tags: ['text-to-image'], line: 14 });
  });
});

describe('variants of real digests', () => {
  const one = (text: string) => {
    const { entries, warnings } = parseDigest(text);
    expect(entries).toHaveLength(1);
    return { entry: entries[0]!, warnings };
  };

  it('allows blank lines between any lines', () => {
    const { entry } = one(
      [
        '2024년 3월 8일',
        '',
        'Title',
        '',
        '(Ann Lee)',
        '',
        'Abstract.',
        '',
        '해설.',
        '',
        '#llm',
        '',
      ].join('\n'),
    );
    expect(entry).toMatchObject({
      title: 'Title',
      authors: ['Ann Lee'],
      abstract: 'Abstract.',
      commentary: '해설.',
      tags: ['llm'],
      line: 3,
    });
  });

  it('reads CRLF, CR and mixed line endings, a BOM and trailing spaces', () => {
    const text =
      '\uFEFF2024년 3월 8일  \r\nTitle \t\r(Ann Lee)\nAbstract.  \r\n해설.\r\n#llm  \r\n';
    const { entry, warnings } = one(text);
    expect(entry).toMatchObject({
      date: '2024-03-08',
      title: 'Title',
      abstract: 'Abstract.',
      commentary: '해설.',
      tags: ['llm'],
    });
    expect(warnings).toEqual([]);
  });

  it('takes a bare URL line before the title as the paper link', () => {
    const { entry } = one(digest(entryLines({ url: 'https://arxiv.org/abs/2403.04652' })));
    expect(entry.links).toEqual(['https://arxiv.org/abs/2403.04652']);
    expect(entry.line).toBe(1);
  });

  it('reads an entry with no abstract', () => {
    const { entry } = one(digest(entryLines({ abstract: [] })));
    expect(entry).toMatchObject({ abstract: '', commentary: '흥미로운 연구네요.' });
  });

  it('reads an entry with no commentary', () => {
    const { entry } = one(digest(entryLines({ commentary: [] })));
    expect(entry).toMatchObject({
      abstract: 'We study things and find them interesting.',
      commentary: '',
    });
  });

  it('ends an entry with no tag line where the next title and authors begin', () => {
    const text = digest(
      entryLines({ title: 'First Paper', tags: '' }),
      entryLines({ url: 'https://arxiv.org/abs/2401.00001', title: 'Second Paper' }),
    );
    const { entries, warnings } = parseDigest(text);
    expect(entries.map((entry) => [entry.title, entry.tags, entry.links])).toEqual([
      ['First Paper', [], []],
      ['Second Paper', ['llm'], ['https://arxiv.org/abs/2401.00001']],
    ]);
    expect(warnings).toEqual([
      {
        line: 1,
        kind: 'no-tags',
        message: 'entry has no tag line; left its tags empty',
        quote: 'First Paper',
      },
    ]);
  });

  it('keeps URL-only commentary lines in place and as links', () => {
    const { entry } = one(
      digest(
        entryLines({
          commentary: [
            'https://github.com/org/repo',
            '코드도 공개했네요.',
            'https://x.com/a/status/1',
          ],
        }),
      ),
    );
    expect(entry.commentary).toBe(
      'https://github.com/org/repo\n코드도 공개했네요.\nhttps://x.com/a/status/1',
    );
    expect(entry.links).toEqual(['https://github.com/org/repo', 'https://x.com/a/status/1']);
  });

  it('joins a hard-wrapped abstract with single spaces', () => {
    const { entry } = one(
      digest(
        entryLines({
          abstract: ['We scale to $10^6$ steps with \\textbf{RLHF}', "and a `weaker'", 'baseline.'],
        }),
      ),
    );
    expect(entry.abstract).toBe(
      "We scale to $10^6$ steps with \\textbf{RLHF} and a `weaker' baseline.",
    );
  });

  it('separates the English rendering that follows the Korean commentary', () => {
    const { entry } = one(
      digest(
        entryLines({
          commentary: [
            '비디오 토크나이저네요.',
            'Ablation이 재미있습니다.',
            'A video tokenizer. The ablations are interesting.',
            '# Links',
          ],
        }),
      ),
    );
    expect(entry.commentary).toBe('비디오 토크나이저네요.\nAblation이 재미있습니다.');
    expect(entry.translation).toBe('A video tokenizer. The ablations are interesting.\n# Links');
  });

  it('keeps a "# Links" heading as commentary rather than a tag line', () => {
    const { entry } = one(digest(entryLines({ commentary: ['해설입니다.', '# Links'] })));
    expect(entry.commentary).toBe('해설입니다.\n# Links');
    expect(entry.tags).toEqual(['llm']);
  });

  it('reads a group label that opens the authors line', () => {
    const { entry } = one(digest(entryLines({ authors: '(01.AI: Alex Young, Bei Chen)' })));
    expect(entry).toMatchObject({ affiliation: '01.AI', authors: ['Alex Young', 'Bei Chen'] });
  });

  it('reads several tags and a date line with the day of the week', () => {
    const { entry } = one(
      digest('2024년 3월 8일 (금)', entryLines({ tags: '#llm #vision-language  #RL' })),
    );
    expect(entry).toMatchObject({ date: '2024-03-08', tags: ['llm', 'vision-language', 'RL'] });
  });

  it('counts entries before any date line, undated', () => {
    const { entries } = parseDigest(
      digest(entryLines({ title: 'Early' }), '2024년 3월 8일', entryLines({ title: 'Later' })),
    );
    expect(entries.map((entry) => [entry.date, entry.id])).toEqual([
      [null, 'undated-early'],
      ['2024-03-08', '2024-03-08-later'],
    ]);
  });

  it('does not take a Korean sentence that starts with a date for a date line', () => {
    const { entry } = one(
      digest(
        '2024년 3월 8일',
        entryLines({ commentary: ['2023년 11월을 기점으로 성능이 달라집니다.'] }),
      ),
    );
    expect(entry.commentary).toBe('2023년 11월을 기점으로 성능이 달라집니다.');
  });
});

describe('warnings', () => {
  it('reports an impossible date and leaves the entries after it undated', () => {
    const { entries, warnings } = parseDigest(digest('2024년 13월 45일', entryLines()));
    expect(entries[0]?.date).toBeNull();
    expect(warnings[0]).toEqual({
      line: 1,
      kind: 'impossible-date',
      message: expect.stringContaining('impossible date 2024-13-45'),
      quote: '2024년 13월 45일',
    });
  });

  it.each(['2024년 2월 30일', '2023년 2월 29일 (수)', '2024년 13월 1일', '2024년 3월 0일'])(
    'warns that %s does not exist, quoting it, and files its papers under no date',
    (line) => {
      const text = digest('2024년 3월 8일', entryLines({ title: 'Before' }), line, entryLines());
      const { entries, warnings } = parseDigest(text);
      expect(entries.map((entry) => entry.date)).toEqual(['2024-03-08', null]);
      expect(warnings).toEqual([
        expect.objectContaining({ line: 7, kind: 'impossible-date', quote: line }),
      ]);
    },
  );

  it('quotes a long line cut short', () => {
    const title = `A ${'very '.repeat(40)}long title`;
    const { warnings } = parseDigest(digest(entryLines({ title, tags: '' })));
    expect(warnings[0]?.quote).toBe(`${title.slice(0, 120).trimEnd()}…`);
  });

  it('reports an unclosed authors parenthesis and reads to the end of the line', () => {
    const { entries, warnings } = parseDigest(digest(entryLines({ authors: '(Ann Lee, Bo Kim' })));
    expect(entries[0]?.authors).toEqual(['Ann Lee', 'Bo Kim']);
    expect(warnings).toContainEqual({
      line: 2,
      kind: 'unclosed-authors',
      message: expect.stringContaining('no closing parenthesis'),
      quote: '(Ann Lee, Bo Kim',
    });
  });

  it('gives a repeated title a distinct, content-derived id and reports it', () => {
    const first = entryLines({ title: 'Same Title', commentary: ['첫 번째.'] });
    const second = entryLines({ title: 'Same Title', commentary: ['두 번째.'] });
    const { entries, warnings } = parseDigest(digest('2024년 3월 8일', first, second));
    expect(entries[0]?.id).toBe('2024-03-08-same-title');
    expect(entries[1]?.id).toMatch(/^2024-03-08-same-title-[0-9a-f]{6}$/);
    expect(warnings).toContainEqual({
      line: 7,
      kind: 'repeated-title',
      message: expect.stringContaining('title repeats the entry at line 2'),
      quote: 'Same Title',
    });
  });

  it('removes control characters and says where', () => {
    const { entries, warnings } = parseDigest(
      digest(entryLines({ abstract: ['Speedup of 2.0\u0002 with FP16.\u0007'] })),
    );
    expect(entries[0]?.abstract).toBe('Speedup of 2.0 with FP16.');
    expect(warnings).toContainEqual({
      line: 3,
      kind: 'control-characters',
      message: 'removed 2 control characters',
      quote: 'Speedup of 2.0 with FP16.',
    });
  });
});

describe('ids', () => {
  it('keeps Korean letters and is readable', () => {
    const { entries } = parseDigest(
      digest('2024년 3월 8일', entryLines({ title: '한국어 LLM 평가: KoBench' })),
    );
    expect(entries[0]?.id).toBe('2024-03-08-한국어-llm-평가-kobench');
  });

  it('does not change when other entries are added or removed', () => {
    const a = entryLines({ title: 'Same Title', commentary: ['에이.'] });
    const b = entryLines({ title: 'Same Title', commentary: ['비.'] });
    const other = entryLines({ title: 'Other' });
    const idOfB = (text: string) =>
      parseDigest(text).entries.find((entry) => entry.commentary === '비.')?.id;
    const withA = idOfB(digest('2024년 3월 8일', a, other, b));
    expect(idOfB(digest('2024년 3월 8일', other, a, b))).toBe(withA);
    expect(idOfB(digest('2024년 3월 8일', b, a))).not.toBe(withA);
  });
});

describe('hostile input', () => {
  it.each([
    ['a 10 MB line of "("', '('.repeat(10_000_000)],
    ['a 10 MB line of "#"', '#'.repeat(10_000_000)],
    ['one 5 MB line', 'word '.repeat(1_000_000)],
    ['only newlines', '\n'.repeat(100_000)],
    ['lone surrogates and NULs', '\uD800\u0000(\uDFFF\n#\n'],
  ])('reads %s without throwing', (_, text) => {
    const result = parseDigest(text);
    expect(result.entries.length).toBeLessThanOrEqual(1);
  });
});
