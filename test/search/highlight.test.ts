import { describe, expect, it } from 'vitest';
import { highlights, type Range } from '../../src/search';
import { makeEntry } from '../support/entry-factory';

const marked = (text: string, ranges: readonly Range[]) =>
  ranges.map(([start, end]) => text.slice(start, end));

describe('highlights', () => {
  const entry = makeEntry({
    title: 'Reward Models for RLHF',
    authors: ['Ann Kim', 'Kim Lee'],
    affiliation: 'KAIST',
    abstract: 'Reward models reward the policy.',
    commentary: '보상 모델을 키우는 실험. 모델이 커지면 좋아지네요.',
    translation: 'An experiment growing reward models.',
    tags: ['rlhf', 'LLM'],
  });

  it('marks every occurrence of every kept term, in each field it applies to', () => {
    const marks = highlights(entry, 'reward 모델');
    expect(marked(entry.title, marks.title)).toEqual(['Reward']);
    expect(marked(entry.abstract, marks.abstract)).toEqual(['Reward', 'reward']);
    expect(marked(entry.commentary, marks.commentary)).toEqual(['모델', '모델']);
    expect(marked(entry.translation, marks.translation)).toEqual(['reward']);
  });

  it('marks nothing for excluded terms, and only the filtered field for a field term', () => {
    const marks = highlights(entry, 'title:reward -models');
    expect(marked(entry.title, marks.title)).toEqual(['Reward']);
    expect(marks.abstract).toEqual([]);
    expect(marks.translation).toEqual([]);
  });

  it('gives ranges per author and per tag, a #tag query marking the tag without its #', () => {
    const marks = highlights(entry, 'kim #llm');
    expect(marks.authors.map((ranges, i) => marked(entry.authors[i] ?? '', ranges))).toEqual([
      ['Kim'],
      ['Kim'],
    ]);
    expect(marks.tags).toEqual([[], [[0, 3]]]);
    expect(highlights(entry, 'author:kaist').affiliation).toEqual([[0, 5]]);
  });

  it('merges overlapping and touching matches', () => {
    const marks = highlights(makeEntry({ title: 'aaaa bb' }), 'aa a');
    expect(marks.title).toEqual([[0, 4]]);
  });

  it('maps ranges through text whose normalised form has another length', () => {
    const title = `${'강화학습'.normalize('NFD')} İstanbul`;
    const marks = highlights(makeEntry({ title }), '학습 stan');
    expect(marked(title, marks.title).map((text) => text.normalize('NFC'))).toEqual([
      '학습',
      'stan',
    ]);
  });

  it('marks the whole character when a match covers only part of its normalised form', () => {
    // İ lower-cases to i and a combining dot: a match on the i alone still marks the İ.
    const marks = highlights(makeEntry({ title: 'İz' }), 'i');
    expect(marks.title).toEqual([[0, 1]]);
  });
});
