/**
 * Related papers (src/related): quality on the reference corpus against three baselines, and
 * speed at 10× its size.
 *
 * Quality, for each method:
 * - (a) tags: with every paper's tags hidden from the method, the share of each tagged paper's 5
 *   related papers that share a tag with it (a slot left empty counts as a miss). "Same first
 *   tag" sees the tags, which is what it is made of: it shows where tags alone get, not a rival.
 * - (b) cited: of the papers a commentary links to on arXiv that the archive holds (matched by
 *   arXiv id, or by title for a paper the digest lists twice), the share found among the citing
 *   paper's 10 most similar. Here every method sees everything, tags included.
 * Baselines: random; English-only tf-idf over title and abstract; "same first tag, newest
 * first". Apart, plain tf-idf over English words and Hangul pairs, and, to choose how to cut
 * Korean, tf-idf over the commentaries' Hangul alone cut three ways.
 *
 * Speed, at 1× and 10×: building the index (adding every paper, then weighing terms, which the
 * first look-up does), adding in the worker's batches, and the time to the 5 related papers of
 * one paper, reasons included (p50/p95 over 300 papers). Prints numbers; asserts nothing.
 * Without the reference corpus the quality part is skipped and speed is measured on a synthetic
 * digest of the same size.
 */
import { arxivId, paperLinks, tagKey } from '../../src/catalog';
import { parseDigest, type DigestEntry } from '../../src/digest';
import { RelatedIndex } from '../../src/related';
import { archiveDigest } from '../support/archive';
import { loadCorpus } from '../support/corpus';
import { median, percentile } from '../support/stats';

/** Papers that name `position`'s related papers, best first, `count` at most. */
type Method = (position: number, count: number) => number[];

const RELATED = 5;
const CITED_WITHIN = 10;
/** Entries per message from the page to the related-papers worker. */
const BATCH = 400;

// --- Quality ------------------------------------------------------------------------------

function ourMethod(entries: readonly DigestEntry[]): Method {
  const index = new RelatedIndex();
  index.add(entries);
  const positions = new Map(entries.map((entry, position) => [entry.id, position]));
  return (position, count) =>
    index
      .related(entries[position]?.id ?? '', { count, reasons: false })
      .map((paper) => positions.get(paper.id) ?? -1);
}

/** A repeatable pseudo-random sequence (a linear congruential generator). */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 0x80000000;
  };
}

function randomMethod(total: number): Method {
  const random = seeded(1);
  return (position, count) => {
    const picked = new Set<number>();
    while (picked.size < Math.min(count, total - 1)) {
      const other = Math.floor(random() * total);
      if (other !== position) picked.add(other);
    }
    return [...picked];
  };
}

/** Plain tf-idf cosine (1 + ln tf, ln N/df) over the given terms of each paper, every term. */
function tfidfMethod(documents: readonly string[][]): Method {
  const documentFrequency = new Map<string, number>();
  for (const terms of documents) {
    for (const term of new Set(terms)) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  }
  const vectors = documents.map((terms) => {
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    const vector = new Map<string, number>();
    let length = 0;
    for (const [term, count] of counts) {
      const weight =
        (1 + Math.log(count)) * Math.log(documents.length / (documentFrequency.get(term) ?? 1));
      vector.set(term, weight);
      length += weight * weight;
    }
    length = Math.sqrt(length) || 1;
    for (const [term, weight] of vector) vector.set(term, weight / length);
    return vector;
  });
  const postings = new Map<string, [number, number][]>();
  vectors.forEach((vector, position) => {
    for (const [term, weight] of vector) {
      const list = postings.get(term) ?? [];
      list.push([position, weight]);
      postings.set(term, list);
    }
  });
  return (position, count) => {
    const scores = new Map<number, number>();
    for (const [term, weight] of vectors[position] ?? []) {
      for (const [other, otherWeight] of postings.get(term) ?? []) {
        if (other !== position) scores.set(other, (scores.get(other) ?? 0) + weight * otherWeight);
      }
    }
    return [...scores]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([other]) => other);
  };
}

function firstTagMethod(entries: readonly DigestEntry[]): Method {
  const byFirstTag = new Map<string, number[]>();
  entries.forEach((entry, position) => {
    const first = entry.tags[0];
    if (first === undefined) return;
    const list = byFirstTag.get(tagKey(first)) ?? [];
    list.push(position);
    byFirstTag.set(tagKey(first), list);
  });
  for (const list of byFirstTag.values()) {
    list.sort((a, b) => (entries[b]?.date ?? '').localeCompare(entries[a]?.date ?? ''));
  }
  return (position, count) => {
    const first = entries[position]?.tags[0];
    if (first === undefined) return [];
    const list = byFirstTag.get(tagKey(first)) ?? [];
    return list.filter((other) => other !== position).slice(0, count);
  };
}

const englishWords = (text: string) => text.toLowerCase().match(/[a-z][a-z0-9]*/g) ?? [];
const hangulWords = (text: string) => text.normalize('NFC').match(/[\uac00-\ud7a3]+/g) ?? [];
const hangulGrams = (size: number) => (text: string) =>
  hangulWords(text).flatMap((word) =>
    word.length <= size
      ? [word]
      : Array.from({ length: word.length - size + 1 }, (_, i) => word.slice(i, i + size)),
  );

/** (a): the share of related slots, 5 per tagged paper, filled by a paper sharing a tag. */
function tagShare(entries: readonly DigestEntry[], method: Method): number {
  const tags = entries.map((entry) => new Set(entry.tags.map(tagKey)));
  let shared = 0;
  let slots = 0;
  entries.forEach((_, position) => {
    const own = tags[position];
    if (!own || own.size === 0) return;
    slots += RELATED;
    for (const other of method(position, RELATED)) {
      if ([...(tags[other] ?? [])].some((tag) => own.has(tag))) shared++;
    }
  });
  return shared / slots;
}

/** Pairs of (citing, cited) positions: arXiv links in a commentary to a paper of the archive. */
function citations(entries: readonly DigestEntry[]): [number, number][] {
  const ids = entries.map((entry) => {
    const url = paperLinks(entry).arxiv;
    return url ? arxivId(url) : null;
  });
  const byId = new Map<string, number>();
  ids.forEach((id, position) => {
    if (id && !byId.has(id)) byId.set(id, position);
  });
  const pairs: [number, number][] = [];
  entries.forEach((entry, position) => {
    const cited = new Set<number>();
    for (const url of entry.commentary.match(/https?:\/\/\S+/g) ?? []) {
      const id = arxivId(url);
      const other = id === null ? undefined : byId.get(id);
      if (other !== undefined && id !== ids[position]) cited.add(other);
    }
    for (const other of cited) pairs.push([position, other]);
  });
  return pairs;
}

/** (b): the share of citations whose cited paper is among the citing paper's 10 most similar. */
function citedShare(entries: readonly DigestEntry[], method: Method): number {
  const pairs = citations(entries);
  const ids = entries.map((entry) => paperLinks(entry).arxiv);
  const titles = entries.map((entry) => entry.title.normalize('NFC').toLowerCase().trim());
  let found = 0;
  for (const [citing, cited] of pairs) {
    const same = (other: number) =>
      (ids[other] !== null && ids[other] === ids[cited]) || titles[other] === titles[cited];
    if (method(citing, CITED_WITHIN).some(same)) found++;
  }
  return pairs.length === 0 ? NaN : found / pairs.length;
}

function measureQuality(): void {
  if (!loadCorpus()) {
    console.log(
      'quality: skipped, no reference corpus at ../shared/corpus (or $DIGEST_CORPUS_DIR)',
    );
    return;
  }
  const { entries } = parseDigest(archiveDigest(1).text);
  const withoutTags = entries.map((entry) => ({ ...entry, tags: [] }));
  const englishOnly = tfidfMethod(
    entries.map((entry) => englishWords(`${entry.title} ${entry.abstract}`)),
  );
  const methods: [name: string, tagsHidden: Method, all: Method][] = [
    ['ours', ourMethod(withoutTags), ourMethod(entries)],
    ['random', randomMethod(entries.length), randomMethod(entries.length)],
    ['English tf-idf, title + abstract', englishOnly, englishOnly],
    ['same first tag, newest first *', firstTagMethod(entries), firstTagMethod(entries)],
  ];
  const plain = tfidfMethod(
    entries.map((entry) => [
      ...englishWords(`${entry.title} ${entry.abstract} ${entry.commentary}`),
      ...hangulGrams(2)(entry.commentary),
    ]),
  );
  const korean: [string, (text: string) => string[]][] = [
    ['whitespace words', hangulWords],
    ['pairs of syllables', hangulGrams(2)],
    ['triples of syllables', hangulGrams(3)],
  ];

  console.log(
    `quality on ${entries.length} papers, ${entries.filter((entry) => entry.tags.length > 0).length} ` +
      `tagged, ${citations(entries).length} citations of archived papers`,
  );
  console.log('method                               (a) tags  (b) cited');
  const row = (name: string, a: number, b: number) =>
    console.log(`${name.padEnd(36)} ${a.toFixed(3).padStart(8)} ${b.toFixed(3).padStart(10)}`);
  for (const [name, tagsHidden, all] of methods) {
    row(name, tagShare(entries, tagsHidden), citedShare(entries, all));
  }
  console.log(
    '* sees the tags that (a) hides from the others: a ceiling for tags alone, not a rival',
  );
  row('plain tf-idf, words + Hangul pairs', tagShare(entries, plain), citedShare(entries, plain));
  console.log('Korean alone (commentaries\u2019 Hangul, tf-idf), cut into:');
  for (const [name, cut] of korean) {
    const method = tfidfMethod(entries.map((entry) => cut(entry.commentary)));
    row(`  ${name}`, tagShare(entries, method), citedShare(entries, method));
  }
}

// --- Speed --------------------------------------------------------------------------------

function measureSpeed(times: number): void {
  const { entries } = parseDigest(archiveDigest(times).text);
  const rounds = 3;
  const adding: number[] = [];
  const weighing: number[] = [];
  const batched: number[] = [];
  let index = new RelatedIndex();
  for (let round = 0; round < rounds; round++) {
    index = new RelatedIndex();
    let start = performance.now();
    index.add(entries);
    adding.push(performance.now() - start);
    start = performance.now();
    index.related(entries[0]?.id ?? '', { reasons: false });
    weighing.push(performance.now() - start);

    const parts = new RelatedIndex();
    start = performance.now();
    for (let from = 0; from < entries.length; from += BATCH) {
      parts.add(entries.slice(from, from + BATCH));
    }
    parts.related(entries[0]?.id ?? '', { reasons: false });
    batched.push(performance.now() - start);
  }
  const samples: number[] = [];
  const step = Math.max(1, Math.floor(entries.length / 300));
  for (let position = 0; position < entries.length && samples.length < 300; position += step) {
    const id = entries[position]?.id ?? '';
    const start = performance.now();
    index.related(id);
    samples.push(performance.now() - start);
  }
  const add = median(adding);
  const weigh = median(weighing);
  console.log(
    `${`${times}×`.padEnd(4)} ${String(entries.length).padStart(6)} ${add.toFixed(0).padStart(8)} ` +
      `${weigh.toFixed(0).padStart(8)} ${(add + weigh).toFixed(0).padStart(8)} ` +
      `${median(batched).toFixed(0).padStart(11)} ${percentile(samples, 0.5).toFixed(2).padStart(9)} ` +
      `${percentile(samples, 0.95).toFixed(2).padStart(8)}`,
  );
}

console.log(`bench:related on the ${archiveDigest(1).source}`);
measureQuality();
console.log('\nsize papers   add ms weigh ms build ms  in batches  p50 ms   p95 ms');
for (const times of [1, 10]) measureSpeed(times);
console.log(
  'build = add every paper + weigh terms (the first look-up); in batches = the same, ' +
    `${BATCH} papers at a time as the worker receives them; p50/p95 = 5 related papers with reasons`,
);
console.log(
  'goals: (a) ≥ 0.50 and above every baseline, (b) above every baseline; at 10× build ≤ 1000 ms, p95 ≤ 20 ms',
);
