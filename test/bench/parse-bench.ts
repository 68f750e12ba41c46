/**
 * Parse throughput at 1× and 10× the reference corpus, against JSON.parse of the same entries in
 * the same process, and on pathological single-line inputs. Prints numbers; asserts nothing.
 * Without the reference corpus it measures a synthetic digest of the same size instead.
 */
import { parseDigest } from '../../src/digest';
import { archiveDigest } from '../support/archive';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/**
 * Median time of `run`. With `collect`, each sample starts right after a full collection, so one
 * run's garbage is not billed to the next; without, runs follow each other as they would in a
 * long-lived page. The parser, which allocates many small objects, is slowed more than JSON.parse
 * by a collection just before it (freshly swept memory on a 2-core machine), so both are shown.
 */
function time(run: () => unknown, rounds: number, collect = true): number {
  for (let i = 0; i < 2; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    if (collect) (globalThis as { gc?: () => void }).gc?.();
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const { text: base, source } = archiveDigest(1);
console.log(`bench:parse on the ${source}`);

const rows: Array<{
  size: string;
  parse: number;
  json: number;
  steadyParse: number;
  steadyJson: number;
  mb: number;
  entries: number;
}> = [];
for (const times of [1, 10]) {
  const text = times === 1 ? base : archiveDigest(times).text;
  const { entries } = parseDigest(text);
  const json = JSON.stringify(entries);
  const rounds = times === 1 ? 30 : 10;
  rows.push({
    size: `${times}×`,
    parse: time(() => parseDigest(text), rounds),
    json: time(() => JSON.parse(json), rounds),
    steadyParse: time(() => parseDigest(text), rounds, false),
    steadyJson: time(() => JSON.parse(json), rounds, false),
    mb: text.length / 1e6,
    entries: entries.length,
  });
}
for (const row of rows) {
  console.log(
    `${row.size.padEnd(4)} ${String(row.entries).padStart(6)} entries ${row.mb.toFixed(1).padStart(5)} M chars  ` +
      `parse ${row.parse.toFixed(1).padStart(7)} ms  JSON.parse ${row.json.toFixed(1).padStart(7)} ms  ` +
      `ratio ${(row.parse / row.json).toFixed(2)}× (goal ≤ 1.00×)  ` +
      `${((row.mb * 1e3) / row.parse).toFixed(0)} k chars/ms\n` +
      `${''.padEnd(37)}without a collection before each run: parse ${row.steadyParse.toFixed(1).padStart(7)} ms  ` +
      `JSON.parse ${row.steadyJson.toFixed(1).padStart(7)} ms  ratio ${(row.steadyParse / row.steadyJson).toFixed(2)}×`,
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
  ['10 MB of "(\\n" lines (2.5 M entries)', '(\n'.repeat(5e6)],
];
const realTime = time(() => parseDigest(realTen), 3);
for (const [label, text] of hostile) {
  const ms = label === hostile[0]?.[0] ? realTime : time(() => parseDigest(text), 3);
  console.log(
    `${label.padEnd(24)} ${ms.toFixed(1).padStart(7)} ms  (${(ms / realTime).toFixed(2)}× real digest)`,
  );
}
