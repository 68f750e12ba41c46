import { describe, expect, it } from 'vitest';
import { clipAtWord, commentaryParagraphs } from '../../src/site/commentary';

describe('commentaryParagraphs', () => {
  it('reads light Markdown and math as the text a reader sees', () => {
    expect(
      commentaryParagraphs(
        '**굵게** 말한 `code_name`와 [링크](https://a.example) 그리고 $\\mu$P\n\n- 목록 *강조* snake_case',
      ),
    ).toEqual(['굵게 말한 code_name와 링크 그리고 μP', '목록 강조 snake_case']);
  });

  it('reads code spans as written', () => {
    expect(commentaryParagraphs('`__init__`과 `$x$`, 그리고 __굵게__')).toEqual([
      '__init__과 $x$, 그리고 굵게',
    ]);
  });

  it('stops once it has enough text', () => {
    expect(commentaryParagraphs('첫 문단\n둘째 문단\n셋째 문단', 6)).toEqual([
      '첫 문단',
      '둘째 문단',
    ]);
  });
});

describe('clipAtWord', () => {
  it('keeps a short text as it is', () => {
    expect(clipAtWord('짧은 해설', 150)).toBe('짧은 해설');
  });

  it('cuts a long text at the end of a word, within the limit with the ellipsis', () => {
    const text = '모델 '.repeat(100).trim();
    const clipped = clipAtWord(text, 20);
    expect(clipped).toBe('모델 모델 모델 모델 모델 모델…');
    expect([...clipped].length).toBeLessThanOrEqual(20);
  });

  it('keeps a word that ends right at the limit', () => {
    expect(clipAtWord('abcd efgh ijkl', 10)).toBe('abcd efgh…');
  });

  it('cuts one long word mid-word, never inside a character', () => {
    const clipped = clipAtWord('😀'.repeat(30), 10);
    expect(clipped).toBe(`${'😀'.repeat(9)}…`);
  });
});
