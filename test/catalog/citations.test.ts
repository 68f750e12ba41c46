import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog';
import { citationIndex, citedArxivIds } from '../../src/catalog/citations';
import { makeEntry } from '../support/entry-factory';

describe('citedArxivIds', () => {
  it('finds arXiv links in any form, each paper once, in order', () => {
    const text =
      'EVA (https://arxiv.org/abs/2302.04542) 와 [PDF](https://arxiv.org/pdf/2409.19606v2), ' +
      '다시 https://www.arxiv.org/abs/2302.04542v3, 옛 논문 http://arxiv.org/abs/hep-th/9901001.';
    expect(citedArxivIds(text)).toEqual(['2302.04542', '2409.19606', 'hep-th/9901001']);
  });

  it('finds nothing where there is no arXiv link', () => {
    expect(citedArxivIds('흥미로운 연구네요. https://github.com/a/b')).toEqual([]);
    expect(citedArxivIds('https://arxiv.org/list/cs.LG/recent')).toEqual([]);
    expect(citedArxivIds('https://notarxiv.org/abs/2302.04542')).toEqual([]);
  });
});

describe('citationIndex', () => {
  const cited = makeEntry({
    date: '2024-03-01',
    links: ['https://arxiv.org/abs/2302.04542'],
    commentary: '이 논문 자체 링크 https://arxiv.org/abs/2302.04542 는 언급이 아닙니다.',
  });
  const early = makeEntry({
    date: '2024-03-04',
    links: ['https://arxiv.org/abs/2403.00001'],
    commentary:
      'EVA (https://arxiv.org/pdf/2302.04542v2) 를 썼군요. https://arxiv.org/abs/2302.04542',
  });
  const late = makeEntry({
    date: '2024-03-08',
    commentary: '앞서 https://arxiv.org/abs/2403.00001 와 https://arxiv.org/abs/2302.04542 참고.',
  });

  it('finds the paper of an arXiv address, any version, abstract or PDF', () => {
    const index = citationIndex(buildCatalog([cited, early, late]));
    expect(index.paperAt('https://arxiv.org/pdf/2302.04542v3')).toBe(cited);
    expect(index.paperAt('https://arxiv.org/abs/9999.99999')).toBeUndefined();
    expect(index.paperAt('https://example.com/2302.04542')).toBeUndefined();
  });

  it('lists the papers that cite a paper, newest first, once each, never the paper itself', () => {
    const index = citationIndex(buildCatalog([cited, early, late]));
    expect(index.citing(cited.id)).toEqual([late, early]);
    expect(index.citing(early.id)).toEqual([late]);
    expect(index.citing(late.id)).toEqual([]);
    expect(index.citing('unknown')).toEqual([]);
  });

  it('grows with the catalog and leaves the index of an earlier catalog as it was', () => {
    const first = buildCatalog([cited, early]);
    const firstIndex = citationIndex(first);
    expect(firstIndex.citing(cited.id)).toEqual([early]);

    const grown = buildCatalog([cited, early, late], first);
    const grownIndex = citationIndex(grown);
    expect(grownIndex.citing(cited.id)).toEqual([late, early]);
    expect(firstIndex.citing(cited.id)).toEqual([early]);
    expect(firstIndex.paperAt('https://arxiv.org/abs/2403.00001')).toBe(early);
    expect(citationIndex(grown)).toBe(grownIndex);
    // A paper cited before it arrives is found once it does.
    const before = buildCatalog([late]);
    expect(citationIndex(before).paperAt('https://arxiv.org/abs/2403.00001')).toBeUndefined();
    const after = buildCatalog([late, early], before);
    expect(citationIndex(after).citing(early.id)).toEqual([late]);
  });

  it('starts over for a catalog of another digest', () => {
    citationIndex(buildCatalog([cited, early, late]));
    const other = citationIndex(buildCatalog([late]));
    expect(other.paperAt('https://arxiv.org/abs/2302.04542')).toBeUndefined();
  });
});
