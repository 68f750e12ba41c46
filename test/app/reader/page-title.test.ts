import { describe, expect, it } from 'vitest';
import { readerTitle } from '../../../src/app/reader/page-title';

describe('readerTitle', () => {
  it('names the open paper', () => {
    expect(readerTitle({ paper: 'A Paper', paperMissing: false, heading: '전체 논문' })).toBe(
      'A Paper — 논문 다이제스트',
    );
  });

  it('says a paper the digest lacks is not found, not which list is behind it', () => {
    expect(readerTitle({ paper: null, paperMissing: true, heading: '전체 논문' })).toBe(
      '논문을 찾을 수 없습니다 — 논문 다이제스트',
    );
  });

  it('names the list when no paper is open', () => {
    expect(readerTitle({ paper: null, paperMissing: false, heading: '#llm · 안 읽은 논문' })).toBe(
      '#llm · 안 읽은 논문 — 논문 다이제스트',
    );
  });
});
