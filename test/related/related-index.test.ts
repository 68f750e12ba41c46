import { describe, expect, it } from 'vitest';
import type { DigestEntry } from '../../src/digest';
import { RelatedIndex } from '../../src/related';
import { makeEntry } from '../support/entry-factory';

/** Entries that share nothing telling unless a test gives them something. */
function plain(overrides: Partial<DigestEntry>): DigestEntry {
  return makeEntry({ authors: [], tags: [], abstract: '', commentary: '', ...overrides });
}

/** Filler papers, each about something of its own, so that term weights mean something. */
const FILLER = [
  'Protein folding with graph networks',
  'Weather forecasting at kilometre scale',
  'Speech recognition for low resource languages',
  'Robotic grasping from tactile feedback',
  'Sparse attention kernels on accelerators',
  'Music generation with symbolic tokens',
].map((title) => plain({ title, commentary: '요즘 나오는 연구들이네요.' }));

function indexOf(...entries: DigestEntry[]): RelatedIndex {
  const index = new RelatedIndex();
  index.add([...entries, ...FILLER]);
  return index;
}

const ids = (index: RelatedIndex, entry: DigestEntry, count = 5) =>
  index.related(entry.id, { count }).map((paper) => paper.id);

describe('RelatedIndex', () => {
  it('puts the paper that shares the most telling words first, and never the paper itself', () => {
    const open = plain({
      title: 'Reward model overoptimization in RLHF',
      abstract: 'Reward models are overoptimized when the policy exploits them.',
    });
    const close = plain({
      title: 'Scaling laws for reward model overoptimization',
      abstract: 'We measure how reward models are exploited by the policy.',
    });
    const far = plain({ title: 'Diffusion models for video', abstract: 'Video frames.' });
    const index = indexOf(open, close, far);

    const found = ids(index, open);

    expect(found[0]).toBe(close.id);
    expect(found).not.toContain(open.id);
  });

  it('matches Korean words whatever particle follows them', () => {
    const open = plain({ title: 'A', commentary: '강화학습을 이용한 토크나이저 개선입니다.' });
    const sameStems = plain({ title: 'B', commentary: '강화학습은 토크나이저가 관건이군요.' });
    const other = plain({ title: 'C', commentary: '이미지 생성 모델입니다.' });
    const index = indexOf(open, sameStems, other);

    const [first] = index.related(open.id);

    expect(first?.id).toBe(sameStems.id);
    // Named as the stem both write, without the particles.
    expect(first?.words).toEqual(expect.arrayContaining(['강화학습', '토크나이저']));
  });

  it('says which tags and authors two papers share, as the open paper writes them', () => {
    const open = plain({
      title: 'Mixture of experts routing',
      authors: ['Luke Zettlemoyer', 'Lili Yu'],
      tags: ['MoE', 'llm'],
    });
    const colleague = plain({
      title: 'Expert routing at scale',
      authors: ['lili yu', 'Someone Else'],
      tags: ['moe'],
    });
    const index = indexOf(open, colleague);

    const [first] = index.related(open.id);

    expect(first).toMatchObject({ id: colleague.id, tags: ['MoE'], authors: ['Lili Yu'] });
  });

  it('names shared English words as the open paper writes them, rare ones first', () => {
    const open = plain({ title: 'Speculative Decoding with Draft Models' });
    const similar = plain({ title: 'Faster speculative decoding' });
    const index = indexOf(open, similar);

    expect(index.related(open.id)[0]?.words.slice(0, 2)).toEqual(['Speculative', 'Decoding']);
  });

  it('names common words when two papers share nothing rarer', () => {
    // `transformer` is in every paper here: too common to tell a topic, but all they share.
    const papers = ['alpha', 'beta', 'gamma', 'delta'].map((word) =>
      plain({ title: `Transformer ${word}` }),
    );
    const index = new RelatedIndex();
    index.add(papers);

    expect(index.related(papers[0]?.id ?? '')[0]?.words).toEqual(['Transformer']);
  });

  it('lists a paper the digest holds twice once', () => {
    const open = plain({
      title: 'Long context retrieval',
      abstract: 'Retrieval over long context.',
    });
    const copy = { title: 'In-context retrieval for long documents', abstract: 'Long context.' };
    const first = plain(copy);
    const second = plain(copy);
    const index = indexOf(open, first, second);

    const found = ids(index, open);

    expect(found.filter((id) => id === first.id || id === second.id)).toHaveLength(1);
  });

  it('ranks the same when built at once as when the papers arrive in parts', () => {
    const papers = [
      plain({ title: 'Reward models for RLHF', commentary: '보상 모델을 다룹니다.' }),
      plain({ title: 'Direct preference optimization', commentary: '보상 모델이 없습니다.' }),
      plain({ title: 'Video diffusion', commentary: '비디오 생성 모델입니다.' }),
      ...FILLER,
    ];
    const whole = new RelatedIndex();
    whole.add(papers);
    const parts = new RelatedIndex();
    parts.add(papers.slice(0, 2));
    // Compared once before the rest arrives: the weights must follow the archive as it grows.
    parts.related(papers[0]?.id ?? '');
    parts.add(papers.slice(2));

    for (const paper of papers) {
      expect(parts.related(paper.id)).toEqual(whole.related(paper.id));
    }
  });

  it('finds nothing for a paper it does not hold, or in an archive of one', () => {
    const only = plain({ title: 'Alone' });
    const index = new RelatedIndex();
    index.add([only]);

    expect(index.related('no-such-paper')).toEqual([]);
    expect(index.related(only.id)).toEqual([]);
  });

  it('adds a paper whose id it already holds only once', () => {
    const paper = plain({ title: 'Once' });
    const index = new RelatedIndex();
    index.add([paper, paper]);

    expect(index.size).toBe(1);
  });

  it('returns as many papers as asked for, best first', () => {
    const open = plain({ title: 'Graph networks for molecules' });
    const index = indexOf(open);

    const found = index.related(open.id, { count: 3 });

    expect(found.length).toBeLessThanOrEqual(3);
    const scores = found.map((paper) => paper.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});
