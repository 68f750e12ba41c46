import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/search';

const terms = (input: string) =>
  parseQuery(input).terms.map(({ text, field, exclude }) => ({ text, field, exclude }));

describe('parseQuery', () => {
  it('reads words as required terms, normalised', () => {
    expect(terms('Reward  MODEL')).toEqual([
      { text: 'reward', field: null, exclude: false },
      { text: 'model', field: null, exclude: false },
    ]);
  });

  it('reads a quoted phrase as one term and -word as an exclusion', () => {
    expect(terms('"reward model" -diffusion')).toEqual([
      { text: 'reward model', field: null, exclude: false },
      { text: 'diffusion', field: null, exclude: true },
    ]);
  });

  it('narrows terms to a field with author:, tag:, title:', () => {
    expect(terms('author:Kim tag:llm title:"open models" -author:lee')).toEqual([
      { text: 'kim', field: 'author', exclude: false },
      { text: 'llm', field: 'tag', exclude: false },
      { text: 'open models', field: 'title', exclude: false },
      { text: 'lee', field: 'author', exclude: true },
    ]);
  });

  it('tolerates unbalanced quotes, unknown prefixes and empty terms', () => {
    expect(terms('"open ended')).toEqual([{ text: 'open ended', field: null, exclude: false }]);
    expect(terms('foo:bar')).toEqual([{ text: 'foo:bar', field: null, exclude: false }]);
    expect(terms('- tag: ""')).toEqual([]);
    expect(terms('')).toEqual([]);
  });
});
