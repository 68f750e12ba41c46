import { describe, expect, it } from 'vitest';
import { createSearchIndex, highlights, search } from '../../src/search';
import { makeEntry } from '../support/entry-factory';

const reward = makeEntry({
  title: 'Scaling Reward Models',
  authors: ['Ann Kim', 'Bo Lee'],
  abstract: 'We scale reward models for RLHF.',
  commentary: '보상 모델을 키우는 실험이네요.',
  tags: ['rlhf', 'LLM'],
});
const rl = makeEntry({
  title: 'Reinforcement Learning for Reasoning',
  authors: ['Chris Park'],
  abstract: 'Teaching models to reason.',
  commentary: '강화학습으로 추론 능력을 높였습니다.',
  tags: ['rl'],
});
const vision = makeEntry({
  title: 'Diffusion at Scale',
  authors: ['Dana Choi'],
  abstract: 'A diffusion transformer.',
  commentary: '이미지 모델이 좋아졌네요.',
  tags: ['diffusion'],
});
const index = createSearchIndex([reward, rl, vision]);
const ids = (query: string) => search(index, query).ids;

describe('search', () => {
  it('finds inflected Korean forms from a stem, and a word inside a compound', () => {
    expect(ids('모델')).toEqual([reward.id, vision.id]);
    expect(ids('학습')).toEqual([rl.id]);
  });

  it('matches decomposed (NFD) queries against composed text and the other way round', () => {
    expect(ids('모델'.normalize('NFD'))).toEqual([reward.id, vision.id]);
    const decomposed = createSearchIndex([
      makeEntry({ id: 'nfd', commentary: '강화학습'.normalize('NFD') }),
    ]);
    expect(search(decomposed, '강화학습').ids).toEqual(['nfd']);
  });

  it('ignores Latin case, requires every word, and mixes scripts', () => {
    expect(ids('rlhf')).toEqual([reward.id]);
    expect(ids('SCALE')).toEqual([reward.id, vision.id]);
    expect(ids('RLHF 보상')).toEqual([reward.id]);
    expect(ids('RLHF 추론')).toEqual([]);
  });

  it('reads phrases, exclusions, field filters and #tags', () => {
    expect(ids('"reward models"')).toEqual([reward.id]);
    expect(ids('scale -diffusion')).toEqual([reward.id]);
    expect(ids('author:park')).toEqual([rl.id]);
    expect(ids('tag:llm')).toEqual([reward.id]);
    // Substring semantics: #rl is also the start of #rlhf.
    expect(ids('#rl')).toEqual([reward.id, rl.id]);
    expect(ids('#diffusion')).toEqual([vision.id]);
  });

  it('returns every entry for an empty query', () => {
    expect(ids('')).toEqual([reward.id, rl.id, vision.id]);
  });
});

describe('highlights', () => {
  it('gives ranges in the original text of each field', () => {
    const marks = highlights(reward, 'reward 모델');
    expect(marks.title.map(([a, b]) => reward.title.slice(a, b))).toEqual(['Reward']);
    expect(marks.commentary.map(([a, b]) => reward.commentary.slice(a, b))).toEqual(['모델']);
  });

  it('maps ranges back through decomposed text', () => {
    const commentary = '보상 모델을'.normalize('NFD');
    const entry = makeEntry({ commentary });
    const [range] = highlights(entry, '모델').commentary;
    expect(range && commentary.slice(range[0], range[1]).normalize('NFC')).toBe('모델');
  });
});
