import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuery, type QueryTerm } from '../../src/search';

const term = (text: string, extra: Partial<QueryTerm> = {}): QueryTerm => ({
  text,
  field: null,
  exclude: false,
  wholeName: false,
  ...extra,
});

describe('parseQuery', () => {
  it('reads several words as terms that are all required', () => {
    expect(parseQuery('  reward   model ').terms).toEqual([term('reward'), term('model')]);
  });

  it('reads quoted words as one phrase, inner whitespace collapsed', () => {
    expect(parseQuery('"reward   model" rlhf').terms).toEqual([term('reward model'), term('rlhf')]);
  });

  it('excludes a word or a phrase after a minus', () => {
    expect(parseQuery('llm -vision -"image generation"').terms).toEqual([
      term('llm'),
      term('vision', { exclude: true }),
      term('image generation', { exclude: true }),
    ]);
  });

  it('narrows a term to a field, also when excluded or quoted', () => {
    expect(
      parseQuery('author:kim tag:LLM title:"scaling law" abstract:x commentary:모델 -author:lee')
        .terms,
    ).toEqual([
      term('kim', { field: 'author' }),
      term('llm', { field: 'tag' }),
      term('scaling law', { field: 'title' }),
      term('x', { field: 'abstract' }),
      term('모델', { field: 'commentary' }),
      term('lee', { field: 'author', exclude: true }),
    ]);
  });

  it('reads a quoted author as a whole name once the quote is closed', () => {
    expect(parseQuery('author:"Yuchu  Luo" -author:"Ann Lee"').terms).toEqual([
      term('yuchu luo', { field: 'author', wholeName: true }),
      term('ann lee', { field: 'author', exclude: true, wholeName: true }),
    ]);
    expect(parseQuery('author:"Yuchu Lu').terms).toEqual([term('yuchu lu', { field: 'author' })]);
    expect(parseQuery('"Yuchu Luo" title:"Yuchu Luo"').terms).toEqual([
      term('yuchu luo'),
      term('yuchu luo', { field: 'title' }),
    ]);
  });

  it('reads field names in any case', () => {
    expect(parseQuery('Author:Kim').terms).toEqual([term('kim', { field: 'author' })]);
  });

  it('keeps an unknown field as a plain term', () => {
    expect(parseQuery('foo:bar https://arxiv.org').terms).toEqual([
      term('foo:bar'),
      term('https://arxiv.org'),
    ]);
  });

  it('takes the rest of the input as the phrase when a quote is not closed', () => {
    expect(parseQuery('rlhf "reward mod').terms).toEqual([term('rlhf'), term('reward mod')]);
    expect(parseQuery('-title:"open').terms).toEqual([
      term('open', { field: 'title', exclude: true }),
    ]);
  });

  it('drops empty terms: a lone minus, an empty phrase, a field still waiting for its value', () => {
    expect(parseQuery('- "" tag: -author:" " llm').terms).toEqual([term('llm')]);
  });

  it('has no terms for an empty or blank input', () => {
    expect(parseQuery('').terms).toEqual([]);
    expect(parseQuery(' \t\n ').terms).toEqual([]);
  });

  it('normalises terms: NFC, lower case', () => {
    expect(parseQuery('RLHF 모델'.normalize('NFD')).terms).toEqual([term('rlhf'), term('모델')]);
  });

  it('never throws, and yields only non-empty normalised terms', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (input) => {
        for (const { text } of parseQuery(input).terms) {
          expect(text).not.toBe('');
          expect(text).toBe(text.trim());
        }
      }),
      { numRuns: 500 },
    );
  });
});
