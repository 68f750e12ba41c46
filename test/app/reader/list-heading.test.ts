import { describe, expect, it } from 'vitest';
import { listHeading } from '../../../src/app/reader/list-heading';
import { makeReaderState } from '../../support/reader-state-factory';

const TAGS = [{ key: 'llm', label: 'LLM', count: 3 }];

describe('listHeading', () => {
  it('names all papers when nothing narrows the list', () => {
    expect(listHeading(makeReaderState(), TAGS)).toBe('전체 논문');
  });

  it('names every filter in use, tag first and search last', () => {
    const state = makeReaderState({
      tags: ['llm'],
      from: '2024-03-01',
      to: '2024-03-08',
      unreadOnly: true,
      query: 'model',
    });
    expect(listHeading(state, TAGS)).toBe(
      '#LLM · 2024년 3월 1일–3월 8일 · 안 읽은 논문 · 검색 결과',
    );
  });

  it('names the range alone, and one-sided ranges with 부터 or 까지', () => {
    expect(listHeading(makeReaderState({ from: '2024-03-01', to: '2024-03-08' }), [])).toBe(
      '2024년 3월 1일–3월 8일',
    );
    expect(listHeading(makeReaderState({ from: '2024-03-01' }), [])).toBe('2024년 3월 1일부터');
    expect(listHeading(makeReaderState({ to: '2024-03-08' }), [])).toBe('2024년 3월 8일까지');
  });

  it('names a range given backwards in the order it is applied', () => {
    expect(listHeading(makeReaderState({ from: '2024-03-08', to: '2024-03-01' }), [])).toBe(
      '2024년 3월 1일–3월 8일',
    );
  });

  it('names the bookmarks with their unread filter', () => {
    expect(listHeading(makeReaderState({ list: 'bookmarks', unreadOnly: true }), [])).toBe(
      '책갈피 · 안 읽은 논문',
    );
  });

  it('names excluded tags and tags in OR mode', () => {
    const state = makeReaderState({ tags: ['llm', 'rl'], tagMode: 'or', excluded: ['vision'] });
    expect(listHeading(state, TAGS)).toBe('#LLM 또는 #rl · #vision 제외');
  });
});
