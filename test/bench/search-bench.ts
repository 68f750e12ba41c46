/**
 * Search at 1× and 10× the reference corpus, three ways: our index (src/search), MiniSearch with
 * prefix search, and a plain scan (`includes` of every term in one normalised string per entry).
 * For each: build time, memory held by the index (JS heap and, apart, array buffers), latency of
 * 30 fixed queries and of every keystroke of typing them (`d`, `di`, `dif`, …), and recall against
 * the scan; and whether ours returns exactly the scan's entries. Latencies are medians over
 * rounds, then p50/p95 over queries or keystrokes; the heap is collected before each typed query
 * (not between its keystrokes, as while typing). Prints numbers; asserts nothing. Without the
 * reference corpus it measures a synthetic digest of the same size instead.
 */
import { setTimeout } from 'node:timers/promises';
import MiniSearch from 'minisearch';
import { parseDigest, type DigestEntry } from '../../src/digest';
import {
  createSearchIndex,
  parseQuery,
  search,
  searchIncremental,
  type SearchResult,
} from '../../src/search';
import { archiveDigest } from '../support/archive';
import { scanHaystack } from '../support/scan-haystack';
import { median, percentile } from '../support/stats';

const QUERIES = [
  'diffusion',
  'reward model',
  'scaling law',
  'RLHF',
  'llm',
  'attention',
  'quantization',
  'transformer',
  'benchmark',
  'tokenizer',
  'mixture of experts',
  'distillation',
  'long context',
  'preference',
  'synthetic data',
  '모델',
  '학습',
  '데이터',
  '강화학습',
  '추론',
  '성능',
  '벤치마크',
  '토크나이저',
  '이미지',
  '코드',
  '결과',
  '생성',
  '평가',
  '프리트레이닝',
  '프롬프트',
];
const TYPED = QUERIES.map((query) =>
  Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)),
);
const SETTLE_MS = 20;
const FIELDS = ['title', 'authors', 'affiliation', 'abstract', 'commentary', 'translation', 'tags'];

interface Engine {
  /** Positions of the matching entries, for each query of a typed sequence in turn. */
  type(sequence: readonly string[], each: (positions: ArrayLike<number>) => void): number[];
}

interface Row {
  size: string;
  engine: string;
  build: number;
  heap: number;
  buffers: number;
  query: number[];
  keys: number[];
  recall: number;
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

/** A full collection, then a pause for the collector's threads to finish. */
async function settle(): Promise<void> {
  gc();
  await setTimeout(SETTLE_MS);
}

/**
 * Build time (median of `rounds`) and the memory the last build holds once collected: JS heap
 * and, apart, array buffers (typed arrays live outside the JS heap).
 */
async function measureBuild<T>(build: () => T, rounds: number) {
  const times: number[] = [];
  let heap = 0;
  let buffers = 0;
  let index: T | null = null;
  for (let round = 0; round < rounds; round++) {
    // Drops the previous build before measuring the heap; the value itself is never read.
    // eslint-disable-next-line no-useless-assignment
    index = null;
    await settle();
    const before = process.memoryUsage();
    const start = performance.now();
    index = build();
    times.push(performance.now() - start);
    await settle();
    const after = process.memoryUsage();
    heap = (after.heapUsed - before.heapUsed) / 1e6;
    buffers = (after.arrayBuffers - before.arrayBuffers) / 1e6;
  }
  return { index: index as T, build: median(times), heap, buffers };
}

interface Latency {
  /** Per query, the median time. */
  query: number[];
  /** Per keystroke of every typed query, the median time. */
  keys: number[];
  /** The positions returned (last round): per query, and per typed query and keystroke. */
  found: { query: number[][]; keys: number[][][] };
}

/**
 * Times the engines one call at a time. For each query, the heap is collected and left to settle
 * (the collector finishes on other threads, which would slow whatever runs next), then each
 * engine runs the query once and types it once, taking turns in an order that alternates by
 * round, so that the engines meet the same machine load.
 */
async function measureLatency(engines: readonly Engine[], rounds: number): Promise<Latency[]> {
  const latencies = engines.map((): Latency => ({
    query: [],
    keys: [],
    found: { query: [], keys: [] },
  }));
  const querySamples = engines.map(() => QUERIES.map((): number[] => []));
  const keySamples = engines.map(() => TYPED.map((sequence) => sequence.map((): number[] => [])));
  for (let round = 0; round < rounds; round++) {
    for (const latency of latencies) latency.found = { query: [], keys: [] };
    const order = engines.map((_, e) => (round % 2 === 0 ? e : engines.length - 1 - e));
    for (const [q, sequence] of TYPED.entries()) {
      await settle();
      for (const e of order) {
        const engine = engines[e];
        const found = latencies[e]?.found;
        if (!engine || !found) continue;
        const [ms = NaN] = engine.type([QUERIES[q] ?? ''], (positions) => {
          found.query[q] = Array.from(positions);
        });
        querySamples[e]?.[q]?.push(ms);
        const results: number[][] = [];
        engine
          .type(sequence, (positions) => results.push(Array.from(positions)))
          .forEach((ms, k) => keySamples[e]?.[q]?.[k]?.push(ms));
        found.keys[q] = results;
      }
    }
  }
  latencies.forEach((latency, e) => {
    latency.query = (querySamples[e] ?? []).map(median);
    latency.keys = (keySamples[e] ?? []).flatMap((sequence) => sequence.map(median));
  });
  return latencies;
}

function timed(run: () => ArrayLike<number>, each: (positions: ArrayLike<number>) => void) {
  const start = performance.now();
  const positions = run();
  const ms = performance.now() - start;
  each(positions);
  return ms;
}

function scanEngine(entries: readonly DigestEntry[]) {
  const build = () => entries.map(scanHaystack);
  return {
    build,
    engine: (haystacks: string[]): Engine => ({
      type: (sequence, each) =>
        sequence.map((text) =>
          timed(() => {
            const terms = parseQuery(text).terms;
            const positions: number[] = [];
            haystacks.forEach((haystack, i) => {
              if (terms.every((term) => haystack.includes(term.text) !== term.exclude)) {
                positions.push(i);
              }
            });
            return positions;
          }, each),
        ),
    }),
  };
}

function oursEngine(index: ReturnType<typeof createSearchIndex>): Engine {
  return {
    type: (sequence, each) => {
      let previous: SearchResult | null = null;
      return sequence.map((text) =>
        timed(() => {
          previous = previous ? searchIncremental(index, text, previous) : search(index, text);
          return previous.positions;
        }, each),
      );
    },
  };
}

function miniSearchEngine(entries: readonly DigestEntry[]) {
  const build = () => {
    const mini = new MiniSearch({
      fields: FIELDS,
      storeFields: [],
      searchOptions: { prefix: true, combineWith: 'AND' },
    });
    mini.addAll(
      entries.map((entry, id) => ({
        id,
        title: entry.title,
        authors: entry.authors.join(', '),
        affiliation: entry.affiliation,
        abstract: entry.abstract,
        commentary: entry.commentary,
        translation: entry.translation,
        tags: entry.tags.map((tag) => `#${tag}`).join(' '),
      })),
    );
    return mini;
  };
  return {
    build,
    engine: (mini: MiniSearch): Engine => ({
      type: (sequence, each) =>
        sequence.map((text) =>
          timed(
            () =>
              mini
                .search(text)
                .map((hit) => hit.id as number)
                .sort((a, b) => a - b),
            each,
          ),
        ),
    }),
  };
}

/** The share of the scan's matches that an engine also returned, over all queries and keystrokes. */
function recall(found: Latency['found'], truth: Latency['found']): number {
  let hits = 0;
  let total = 0;
  const compare = (got: number[] | undefined, want: number[]) => {
    const set = new Set(got);
    for (const position of want) if (set.has(position)) hits++;
    total += want.length;
  };
  truth.query.forEach((want, q) => compare(found.query[q], want));
  truth.keys.forEach((sequence, q) =>
    sequence.forEach((want, k) => compare(found.keys[q]?.[k], want)),
  );
  return total === 0 ? 1 : hits / total;
}

/** Whether an engine returned exactly the scan's entries for every query and keystroke. */
function sameResults(found: Latency['found'], truth: Latency['found']): boolean {
  const same = (got: number[] | undefined, want: number[] | undefined) =>
    got?.length === want?.length && (got ?? []).every((position, i) => position === want?.[i]);
  return (
    truth.query.every((want, q) => same(found.query[q], want)) &&
    truth.keys.every((sequence, q) => sequence.every((want, k) => same(found.keys[q]?.[k], want)))
  );
}

/** MiniSearch in a scope of its own, so that its index is garbage once measured. */
async function measureMiniSearch(entries: readonly DigestEntry[], rounds: number, truth: Latency) {
  const mini = miniSearchEngine(entries);
  const built = await measureBuild(mini.build, 1);
  const [latency] = await measureLatency([mini.engine(built.index)], rounds);
  return {
    build: built.build,
    heap: built.heap,
    buffers: built.buffers,
    latency: latency ?? truth,
  };
}

const { source } = archiveDigest(1);
console.log(
  `bench:search on the ${source}; ${QUERIES.length} queries, ${TYPED.flat().length} keystrokes`,
);

const rows: Row[] = [];
const exact = new Map<string, boolean>();
for (const times of [1, 10]) {
  const { entries } = parseDigest(archiveDigest(times).text);
  const size = `${times}×`;
  const rounds = times === 1 ? 5 : 3;

  const scan = scanEngine(entries);
  const scanBuilt = await measureBuild(scan.build, rounds);
  const oursBuilt = await measureBuild(() => createSearchIndex(entries), rounds);
  const [oursLatency, scanLatency] = await measureLatency(
    [oursEngine(oursBuilt.index), scan.engine(scanBuilt.index)],
    rounds,
  );
  if (!oursLatency || !scanLatency) continue;
  exact.set(size, sameResults(oursLatency.found, scanLatency.found));
  const miniBuilt = await measureMiniSearch(entries, times === 1 ? 3 : 1, scanLatency);

  for (const [engine, built, latency] of [
    ['ours', oursBuilt, oursLatency],
    ['MiniSearch', miniBuilt, miniBuilt.latency],
    ['plain scan', scanBuilt, scanLatency],
  ] as const) {
    rows.push({
      size,
      engine,
      build: built.build,
      heap: built.heap,
      buffers: built.buffers,
      query: latency.query,
      keys: latency.keys,
      recall: recall(latency.found, scanLatency.found),
    });
  }
  console.log(`${size}: ${entries.length} entries measured`);
}

const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1).padStart(7);
console.log(
  'size engine       build ms  heap MB  buffers MB  query p50    p95  keys p50    p95  recall',
);
for (const row of rows) {
  console.log(
    `${row.size.padEnd(4)} ${row.engine.padEnd(11)} ${row.build.toFixed(0).padStart(9)} ` +
      `${row.heap.toFixed(1).padStart(8)} ${row.buffers.toFixed(1).padStart(11)} ` +
      `${ms(percentile(row.query, 0.5))}${ms(percentile(row.query, 0.95))} ` +
      `${ms(percentile(row.keys, 0.5))}${ms(percentile(row.keys, 0.95))} ` +
      `${(row.recall * 100).toFixed(1).padStart(6)}%`,
  );
}
for (const size of ['1×', '10×']) {
  const ours = rows.find((row) => row.size === size && row.engine === 'ours');
  const scan = rows.find((row) => row.size === size && row.engine === 'plain scan');
  if (!ours || !scan) continue;
  const ratio = percentile(ours.keys, 0.95) / percentile(scan.keys, 0.95);
  console.log(
    `${size}: keystroke p95 ours / scan ${ratio.toFixed(2)} (goal ≤ 0.33), ` +
      `build ${ours.build.toFixed(0)} ms (goal < 2000), ` +
      `results ${exact.get(size) ? 'identical to' : 'DIFFERENT from'} the scan's`,
  );
}
