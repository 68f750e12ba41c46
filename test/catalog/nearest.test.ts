import { describe, expect, it } from 'vitest';
import { nearestEntries } from '../../src/catalog';
import { makeEntry } from '../support/entry-factory';

describe('nearestEntries', () => {
  it('offers the titles closest to an unknown id, best first', () => {
    const yi = makeEntry({
      id: '2024-03-08-yi-open-foundation-models',
      title: 'Yi: Open Foundation Models',
    });
    const rl = makeEntry({
      id: '2024-03-08-teaching-llms-to-reason',
      title: 'Teaching LLMs to Reason',
    });
    const other = makeEntry({ id: '2024-03-08-zzz', title: 'Zzz' });
    expect(nearestEntries([other, rl, yi], '2024-03-09-yi-open-foundaton-model', 2)).toEqual([
      yi,
      rl,
    ]);
  });

  it('offers nothing for an empty query', () => {
    expect(nearestEntries([makeEntry()], '---')).toEqual([]);
  });
});
