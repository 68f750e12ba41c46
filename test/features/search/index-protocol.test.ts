import { describe, expect, it } from 'vitest';
import { createCorpusBuilder, type Outgoing } from '../../../src/features/search/corpus-builder';
import { createCorpusReceiver } from '../../../src/features/search/index-protocol';
import { createSearchIndex, openSearchIndex, search } from '../../../src/search';
import { makeEntry } from '../../support/entry-factory';

/** What the page receives of what the worker posts: clones, with the arrays moved over. */
function posted(outgoing: readonly Outgoing[]) {
  return outgoing.map(({ reply, transfer }) => structuredClone(reply, { transfer }));
}

describe('the search index protocol', () => {
  const entries = [
    makeEntry({ title: 'Reward models', commentary: '보상 모델을 학습' }),
    makeEntry({ title: 'Model merging', commentary: '모델 병합' }),
    makeEntry({ title: 'Diffusion', commentary: '이미지 생성', tags: ['vision'] }),
  ];

  it('builds nothing before the last batch, then a corpus the page searches as its own', () => {
    const build = createCorpusBuilder();
    expect(build({ entries: entries.slice(0, 2), last: false })).toEqual([]);
    const receive = createCorpusReceiver();
    const corpora = posted(build({ entries: entries.slice(2), last: true })).map(receive);
    const corpus = corpora.at(-1);
    expect(corpora.slice(0, -1)).toEqual(corpora.slice(0, -1).map(() => null));
    if (!corpus) throw new Error('no corpus');

    const index = openSearchIndex(entries, corpus);
    const local = createSearchIndex(entries);
    for (const query of [
      'm',
      'mod',
      'model -merging',
      '이미지',
      '모델',
      'tag:vision',
      '"reward m"',
    ]) {
      expect(search(index, query).ids).toEqual(search(local, query).ids);
    }
  });

  it('sends a large digest as several batches of text, and every array by transfer', () => {
    const long = 'Scaling laws for reward models and diffusion. '.repeat(150);
    const many = Array.from({ length: 300 }, () => makeEntry({ abstract: long }));
    const outgoing = createCorpusBuilder()({ entries: many, last: true });
    const texts = outgoing.filter(({ reply }) => reply.type === 'parts');
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.every(({ transfer }) => transfer.length === 0)).toBe(true);

    const [last] = outgoing.slice(-1);
    expect(last?.reply.type).toBe('corpus');
    const receive = createCorpusReceiver();
    const corpus = posted(outgoing).map(receive).at(-1);
    // Transferred arrays are left empty in the worker: nothing was copied.
    if (last?.reply.type === 'corpus') expect(last.reply.corpus.partStarts.length).toBe(0);
    if (!corpus) throw new Error('no corpus');
    expect(corpus.parts).toHaveLength(many.length * 7);
    const ids = search(openSearchIndex(many, corpus), 'reward models').ids;
    expect(ids).toEqual(many.map((entry) => entry.id));
  });
});
