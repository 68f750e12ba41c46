/**
 * Parse throughput at 1× and 10× the reference corpus, against JSON.parse of the same entries in
 * the same process, and on pathological single-line inputs. Prints numbers; asserts nothing.
 * Without the reference corpus it measures a synthetic digest of the same size instead.
 */
import { parseDigest } from '../../src/digest';
import { loadCorpus } from '../support/corpus';
import { syntheticDigest } from '../support/synthetic-digest';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function time(run: () => unknown, rounds: number): number {
  for (let i = 0; i < 2; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** The corpus repeated `times` times, every title changed so that each copy is new papers. */
function repeatWithNewTitles(text: string, times: number): string {
  const lines = text.split('\n');
  const titleLines = new Set<number>();
  for (const entry of parseDigest(text).entries) {
    let index = entry.line - 1;
    while (lines[index]?.trim() !== entry.title && index < lines.length) index++;
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

const corpus = loadCorpus();
const base = corpus?.text ?? syntheticDigest({ entries: 1604 });
console.log(
  corpus
    ? `bench:parse on the reference corpus (${corpus.truth.length} entries)`
    : 'bench:parse: no reference corpus at ../shared/corpus; measuring a synthetic digest of 1,604 entries',
);

const rows: Array<{ size: string; parse: number; json: number; mb: number; entries: number }> = [];
for (const times of [1, 10]) {
  const text = times === 1 ? base : repeatWithNewTitles(base, times);
  const { entries } = parseDigest(text);
  const json = JSON.stringify(entries);
  const rounds = times === 1 ? 30 : 10;
  rows.push({
    size: `${times}×`,
    parse: time(() => parseDigest(text), rounds),
    json: time(() => JSON.parse(json), rounds),
    mb: text.length / 1e6,
    entries: entries.length,
  });
}
for (const row of rows) {
  console.log(
    `${row.size.padEnd(4)} ${String(row.entries).padStart(6)} entries ${row.mb.toFixed(1).padStart(5)} M chars  ` +
      `parse ${row.parse.toFixed(1).padStart(7)} ms  JSON.parse ${row.json.toFixed(1).padStart(7)} ms  ` +
      `ratio ${(row.parse / row.json).toFixed(2)}× (goal ≤ 1.00×)  ` +
      `${((row.mb * 1e3) / row.parse).toFixed(0)} k chars/ms`,
  );
}
const [one, ten] = rows;
if (one && ten) {
  console.log(`10× costs ${(ten.parse / one.parse).toFixed(2)}× the time of 1× (goal ≤ 11×)`);
}

const realTen = base.repeat(Math.ceil(10e6 / base.length)).slice(0, 10e6);
const hostile: Array<[string, string]> = [
  ['10 MB of real digest', realTen],
  ['one 10 MB line of "("', '('.repeat(10e6)],
  ['one 10 MB line of "#"', '#'.repeat(10e6)],
  ['one 5 MB line of text', 'word '.repeat(1e6)],
  ['10 MB of "(\\n" lines', '(\n'.repeat(5e6)],
];
const realTime = time(() => parseDigest(realTen), 3);
for (const [label, text] of hostile) {
  const ms = label === hostile[0]?.[0] ? realTime : time(() => parseDigest(text), 3);
  console.log(
    `${label.padEnd(24)} ${ms.toFixed(1).padStart(7)} ms  (${(ms / realTime).toFixed(2)}× real digest)`,
  );
}
