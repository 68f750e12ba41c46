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

  it('finds a quoted author by the whole name, not inside a longer one', () => {
    const li = makeEntry({ authors: ['Jian Li', 'Bo Kim'] });
    const liu = makeEntry({ authors: ['Jian Liu'] });
    const xiaojian = makeEntry({ authors: ['Xiaojian Li  '], affiliation: 'Jian Li Lab' });
    const names = createSearchIndex([li, liu, xiaojian]);
    const found = (query: string) => search(names, query).ids;
    expect(found('author:"jian li"')).toEqual([li.id]);
    expect(found('author:"JIAN  LI"')).toEqual([li.id]);
    expect(found('author:"Xiaojian Li"')).toEqual([xiaojian.id]);
    expect(found('-author:"Jian Li"')).toEqual([liu.id, xiaojian.id]);
    // Unquoted, or while the quote is open, a name is found inside others, as it is typed.
    expect(found('author:"jian li')).toEqual([li.id, liu.id, xiaojian.id]);
  });

  it('finds a name however its accents were typed', () => {
    const jose = makeEntry({ authors: ['José García'] });
    const decomposed = makeEntry({ authors: ['Jose\u0301 Garci\u0301a'] });
    const plain = makeEntry({ authors: ['Jose Garcia'] });
    const names = createSearchIndex([jose, decomposed, plain]);
    const all = [jose.id, decomposed.id, plain.id];
    expect(search(names, 'author:"Jose Garcia"').ids).toEqual(all);
    expect(search(names, 'author:"José García"').ids).toEqual(all);
    expect(search(names, 'garcía').ids).toEqual(all);
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

  it('marks a quoted author only where it is a whole name', () => {
    const entry = makeEntry({ authors: ['Jian Liu', 'Jian Li'], affiliation: 'Jian Li Lab' });
    const marks = highlights(entry, 'author:"jian li"');
    expect(marks.authors).toEqual([[], [[0, 7]]]);
    expect(marks.affiliation).toEqual([]);
  });

  it('maps ranges back through decomposed text', () => {
    const commentary = '보상 모델을'.normalize('NFD');
    const entry = makeEntry({ commentary });
    const [range] = highlights(entry, '모델').commentary;
    expect(range && commentary.slice(range[0], range[1]).normalize('NFC')).toBe('모델');
  });
});
