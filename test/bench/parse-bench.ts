/**
 * Parse throughput at 1× and 10× the reference corpus, against JSON.parse of the same entries in
 * the same process, and on pathological single-line inputs. Prints numbers; asserts nothing.
 * Without the reference corpus it measures a synthetic digest of the same size instead.
 */
import { packEntries, parseDigest, unpackEntries } from '../../src/digest';
import { REPLY_ENTRIES } from '../../src/features/digest/api/parser-protocol';
import { archiveDigest } from '../support/archive';
import { median } from '../support/stats';

const collect = (globalThis as { gc?: () => void }).gc;

interface Timing {
  median: number;
  best: number;
}

function summary(samples: number[]): Timing {
  return { median: median(samples), best: Math.min(...samples) };
}

/**
 * Our parse and JSON.parse, run in turns so that both see the same machine: each pays for its own
 * garbage, as it would in a page, and neither is timed while the other's is collected.
 */
function race(
  parse: () => unknown,
  json: () => unknown,
  rounds: number,
): { parse: Timing; json: Timing } {
  for (let i = 0; i < 3; i++) {
    parse();
    json();
  }
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < rounds; i++) {
    for (const [run, samples] of i % 2 === 0
      ? ([
          [parse, ours],
          [json, theirs],
        ] as const)
      : ([
          [json, theirs],
          [parse, ours],
        ] as const)) {
      const start = performance.now();
      run();
      samples.push(performance.now() - start);
    }
  }
  return { parse: summary(ours), json: summary(theirs) };
}

/**
 * Median time of `run` right after a full collection with nothing of the last run kept. V8 then
 * drops the shapes of the parser's short-lived objects and the code compiled for them, so this is
 * closer to a first parse than to throughput; JSON.parse, being native, does not pay that.
 */
function afterCollection(run: () => unknown, rounds: number): number {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    collect?.();
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
  parse: Timing;
  json: Timing;
  coldParse: number;
  coldJson: number;
  mb: number;
  entries: number;
  unpack: Timing;
  unpackJson: Timing;
}> = [];
for (const times of [1, 10]) {
  const text = times === 1 ? base : archiveDigest(times).text;
  const { entries } = parseDigest(text);
  const json = JSON.stringify(entries);
  const rounds = times === 1 ? 40 : 12;
  const parse = () => parseDigest(text);
  const decode = () => JSON.parse(json) as unknown;
  // What the page does with the parser worker's replies, which carry this many papers each.
  const replies = Array.from({ length: Math.ceil(entries.length / REPLY_ENTRIES) }, (_, index) =>
    packEntries(entries.slice(index * REPLY_ENTRIES, (index + 1) * REPLY_ENTRIES)),
  );
  const unpacking = race(() => replies.map(unpackEntries), decode, rounds);
  rows.push({
    unpack: unpacking.parse,
    unpackJson: unpacking.json,
    size: `${times}×`,
    ...race(parse, decode, rounds),
    coldParse: afterCollection(parse, Math.ceil(rounds / 2)),
    coldJson: afterCollection(decode, Math.ceil(rounds / 2)),
    mb: text.length / 1e6,
    entries: entries.length,
  });
}
const ms = (value: number) => `${value.toFixed(1).padStart(6)} ms`;
const ratio = (ours: number, theirs: number) => `${(ours / theirs).toFixed(2)}×`;
for (const row of rows) {
  console.log(
    `${row.size.padEnd(4)} ${String(row.entries).padStart(6)} entries ${row.mb.toFixed(1).padStart(5)} M chars\n` +
      `  in turns, median  parse ${ms(row.parse.median)}  JSON.parse ${ms(row.json.median)}  ` +
      `ratio ${ratio(row.parse.median, row.json.median)} (goal ≤ 1.00×)  ` +
      `${((row.mb * 1e3) / row.parse.median).toFixed(0)} k chars/ms\n` +
      `  in turns, best    parse ${ms(row.parse.best)}  JSON.parse ${ms(row.json.best)}  ` +
      `ratio ${ratio(row.parse.best, row.json.best)}\n` +
      `  after a full GC   parse ${ms(row.coldParse)}  JSON.parse ${ms(row.coldJson)}  ` +
      `ratio ${ratio(row.coldParse, row.coldJson)} (compiled code dropped; see the comment above)\n` +
      `  unpacking the worker's replies ${ms(row.unpack.median)}  JSON.parse ${ms(row.unpackJson.median)}  ` +
      `ratio ${ratio(row.unpack.median, row.unpackJson.median)} (in turns, median; the page's side of a large file)`,
  );
}
const [one, ten] = rows;
if (one && ten) {
  console.log(
    `10× costs ${(ten.parse.median / one.parse.median).toFixed(2)}× the time of 1× (goal ≤ 11×)`,
  );
}

/** Median of three runs of `run`, after one to warm up. */
function medianOfThree(run: () => unknown): number {
  run();
  const samples: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const realTen = base.repeat(Math.ceil(10e6 / base.length)).slice(0, 10e6);
const realTime = medianOfThree(() => parseDigest(realTen));
console.log(`10 MB of real digest${''.padEnd(18)} ${ms(realTime)}`);
const hostile: Array<[string, string]> = [
  ['one 10 MB line of "("', '('.repeat(10e6)],
  ['one 10 MB line of "#"', '#'.repeat(10e6)],
  ['one 5 MB line of text', 'word '.repeat(1e6)],
  // Output-bound rather than input-bound: every line is an entry with two warnings.
  ['10 MB of "(\\n" lines: 2.5 M entries', '(\n'.repeat(5e6)],
];
for (const [label, text] of hostile) {
  const took = medianOfThree(() => parseDigest(text));
  console.log(`${label.padEnd(38)} ${ms(took)}  (${(took / realTime).toFixed(2)}× real digest)`);
}
