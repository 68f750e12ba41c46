import { describe, expect, it } from 'vitest';
import { authorKey, authorPapers } from '../../src/catalog/authors';
import { createSearchIndex, search } from '../../src/search';
import { makeEntry } from '../support/entry-factory';

describe('authorKey', () => {
  it('is the same across case, accents and spacing', () => {
    expect(authorKey('Yuchu Luo ')).toBe(authorKey('Yuchu Luo'));
    expect(authorKey('yuchu  LUO')).toBe(authorKey('Yuchu Luo'));
    expect(authorKey('José García')).toBe(authorKey('Jose Garcia'));
    expect(authorKey('Jose\u0301 Garci\u0301a')).toBe(authorKey('Jose Garcia'));
  });

  it('keeps different names apart, initials included', () => {
    expect(authorKey('J. Smith')).not.toBe(authorKey('John Smith'));
    expect(authorKey('Jian Li')).not.toBe(authorKey('Jian Liu'));
    expect(authorKey('Xiaojian Li')).not.toBe(authorKey('Jian Li'));
  });
});

describe('authorPapers', () => {
  const older = makeEntry({ date: '2024-03-01', authors: ['Yuchu Luo ', 'Ann Lee', 'Bo Kim'] });
  const newer = makeEntry({ date: '2024-03-08', authors: ['Ann Lee', 'yuchu luo'] });
  const undated = makeEntry({ date: null, authors: ['Yuchu Luo', 'Cy Park'] });
  const other = makeEntry({ date: '2024-03-09', authors: ['Yuchu Luoh', 'Ann Lee'] });
  const entries = [older, undated, newer, other];

  it('lists the papers of every spelling of the name, newest first, undated last', () => {
    const found = authorPapers(entries, 'YUCHU LUO');
    expect(found.papers).toEqual([newer, older, undated]);
    expect(found.key).toBe(authorKey('Yuchu Luo'));
  });

  it('names the author as their papers most often write them, as asked when they have none', () => {
    expect(authorPapers(entries, 'yuchu luo').name).toBe('Yuchu Luo');
    expect(authorPapers(entries, ' Nobody  Here').name).toBe('Nobody Here');
    expect(authorPapers(entries, ' Nobody  Here').papers).toEqual([]);
    expect(authorPapers(entries, '  ').papers).toEqual([]);
  });

  it('counts co-authors once per shared paper, most shared first, then by name', () => {
    const twice = makeEntry({ authors: ['Yuchu Luo', 'Ann Lee', 'ANN LEE'] });
    const found = authorPapers([...entries, twice], 'Yuchu Luo');
    expect(found.coauthors).toEqual([
      { key: 'ann lee', name: 'Ann Lee', count: 3 },
      { key: 'bo kim', name: 'Bo Kim', count: 1 },
      { key: 'cy park', name: 'Cy Park', count: 1 },
    ]);
    expect(authorPapers([...entries, twice], 'Yuchu Luo', 1).coauthors).toHaveLength(1);
  });

  it('lists exactly the papers that author:"<name>" finds', () => {
    const jose = makeEntry({ authors: ['José García', 'Jian Li'] });
    const jose2 = makeEntry({ authors: ['Jose Garcia'] });
    const liu = makeEntry({ authors: ['Jian Liu', 'José Garcías'] });
    const all = [...entries, jose, jose2, liu];
    const index = createSearchIndex(all);
    for (const name of ['Yuchu Luo', 'José García', 'Jose Garcia', 'Jian Li', 'Ann Lee']) {
      const ids = authorPapers(all, name).papers.map((entry) => entry.id);
      expect(ids.sort()).toEqual([...search(index, `author:"${name}"`).ids].sort());
    }
  });
});
