import { parseDigest } from '../../src/digest';
import { loadCorpus } from './corpus';
import { syntheticDigest } from './synthetic-digest';

/**
 * A digest `times` the size of the reference corpus, for benchmarks: the corpus repeated with every
 * title changed so that each copy is new papers, or, without the corpus, a synthetic digest of the
 * same number of entries.
 */
export function archiveDigest(times: number): { text: string; source: string } {
  const corpus = loadCorpus();
  if (!corpus) {
    return {
      text: syntheticDigest({ entries: 1604 * times }),
      source: `synthetic digest of ${1604 * times} entries (no reference corpus at ../shared/corpus)`,
    };
  }
  return {
    text: times === 1 ? corpus.text : repeatWithNewTitles(corpus.text, times),
    source: `reference corpus × ${times}`,
  };
}

function repeatWithNewTitles(text: string, times: number): string {
  const lines = text.split('\n');
  const titleLines = new Set<number>();
  for (const entry of parseDigest(text).entries) {
    let index = entry.line - 1;
    while (index < lines.length && lines[index]?.trim() !== entry.title) index++;
    titleLines.add(index);
  }
  const copies: string[] = [];
  for (let copy = 0; copy < times; copy++) {
    copies.push(
      lines.map((line, i) => (titleLines.has(i) ? `[${copy}] ${line}` : line)).join('\n'),
    );
  }
  return copies.join('\n');
}
