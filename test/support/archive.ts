import { parseDigest } from '../../src/digest';
import { loadCorpus } from './corpus';
import { syntheticDigest } from './synthetic-digest';

/**
 * A digest `times` the size of the reference corpus, for benchmarks: the corpus repeated with every
 * title changed so that each copy is new papers, or, without the corpus, a synthetic digest of the
 * same number of entries. Each copy is dated four years before the one it follows (whole leap
 * cycles, so every date stays real): an archive grows by more days, not by fuller ones.
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

const DATE_LINE = /^(\d{4})(년 \d{1,2}월 \d{1,2}일)$/;

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
      lines
        .map((line, i) => {
          if (titleLines.has(i)) return `[${copy}] ${line}`;
          const date = DATE_LINE.exec(line);
          return date ? `${Number(date[1]) - 4 * copy}${date[2]}` : line;
        })
        .join('\n'),
    );
  }
  // Oldest first, as an archive that grows by appending days.
  return copies.reverse().join('\n');
}
