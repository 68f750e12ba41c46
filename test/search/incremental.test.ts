import { describe, expect, it } from 'vitest';
import { createSearchIndex, search, searchIncremental } from '../../src/search';
import { makeEntry } from '../support/entry-factory';

const entries = [
  makeEntry({ title: 'Reward models', commentary: '보상 모델을 학습' }),
  makeEntry({ title: 'Model merging', commentary: '모델 병합' }),
  makeEntry({ title: 'Diffusion', commentary: '이미지 생성' }),
];
const index = createSearchIndex(entries);

describe('searchIncremental', () => {
  it('equals search at every step of typing, deleting and excluding', () => {
    let previous = null;
    for (const typed of [
      'm',
      'mo',
      'mod',
      'mode',
      'model',
      'model -',
      'model -m',
      'model -me',
      'mo',
      '',
    ]) {
      previous = searchIncremental(index, typed, previous);
      expect(previous.ids).toEqual(search(index, typed).ids);
    }
  });

  it('ignores a previous result from another index', () => {
    const other = createSearchIndex([makeEntry({ title: 'Model' })]);
    const foreign = search(other, 'mod');
    expect(searchIncremental(index, 'model', foreign).ids).toEqual(search(index, 'model').ids);
  });

  it('searches everything again when the new query is wider than the previous one', () => {
    const narrow = search(index, 'reward model');
    expect(searchIncremental(index, 'model', narrow).ids).toEqual([entries[0]?.id, entries[1]?.id]);
  });
});
