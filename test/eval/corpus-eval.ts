/**
 * Parses the reference corpus and compares every entry with its true fields, whitespace-normalised.
 * Prints the share of entries that are exactly right and the first misses; exits 1 below the goal.
 */
import { parseDigest, type DigestEntry } from '../../src/digest';
import { loadCorpus, type TruthEntry } from '../support/corpus';

const GOAL = 0.998;
const SHOWN_MISSES = Number(process.env.SHOW ?? 10);

const corpus = loadCorpus();
if (corpus === null) {
  console.log(
    'eval:corpus skipped: no reference corpus at ../shared/corpus (set DIGEST_CORPUS_DIR).',
  );
  process.exit(0);
}

const { entries } = parseDigest(corpus.text);
const { truth } = corpus;
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

function asTruth(entry: DigestEntry): TruthEntry {
  const names = entry.authors.join(', ');
  const bodyUrls = new Set(
    [entry.commentary, entry.translation].flatMap((text) => text.split('\n')),
  );
  const titleUrl = entry.links[0];
  return {
    date: entry.date,
    title: entry.title,
    authors: entry.affiliation ? `${entry.affiliation}: ${names}` : names,
    abstract: entry.abstract,
    commentary: [entry.commentary, entry.translation]
      .filter(Boolean)
      .join('\n')
      .split('\n')
      .filter(Boolean),
    tags: entry.tags,
    url: titleUrl !== undefined && !bodyUrls.has(titleUrl) ? titleUrl : null,
  };
}

const fields = ['date', 'title', 'authors', 'abstract', 'commentary', 'tags', 'url'] as const;
function differences(got: TruthEntry, want: TruthEntry): Array<(typeof fields)[number]> {
  return fields.filter((field) => {
    const a = got[field];
    const b = want[field];
    if (Array.isArray(a) && Array.isArray(b)) {
      return (
        a.length !== b.length || a.some((value, i) => normalise(value) !== normalise(b[i] ?? ''))
      );
    }
    return (
      normalise(String(a ?? '')) !== normalise(String(b ?? '')) || (a === null) !== (b === null)
    );
  });
}

let exact = 0;
const misses: string[] = [];
const count = Math.max(entries.length, truth.length);
for (let i = 0; i < count; i++) {
  const got = entries[i];
  const want = truth[i];
  if (got === undefined || want === undefined) {
    misses.push(
      `#${i}: ${got ? `extra entry "${got.title}" (line ${got.line})` : `missing "${want?.title}"`}`,
    );
    continue;
  }
  const mine = asTruth(got);
  const diff = differences(mine, want);
  if (diff.length === 0) exact++;
  else {
    const show = (value: unknown) => JSON.stringify(value).slice(0, 300);
    const details = diff
      .map(
        (field) =>
          `    ${field}: got  ${show(mine[field])}\n    ${field}: want ${show(want[field])}`,
      )
      .join('\n');
    misses.push(`#${i} line ${got.line} "${want.title}"\n${details}`);
  }
}

const share = exact / truth.length;
const extra = Math.max(0, entries.length - truth.length);
console.log(
  `eval:corpus ${exact}/${truth.length} entries exactly right (${(share * 100).toFixed(2)}%), ` +
    `${entries.length} parsed, ${extra} extra; goal ${(GOAL * 100).toFixed(1)}% and no extra`,
);
for (const miss of misses.slice(0, SHOWN_MISSES)) console.log(miss);
if (misses.length > SHOWN_MISSES) console.log(`… and ${misses.length - SHOWN_MISSES} more`);
process.exit(share >= GOAL && extra === 0 ? 0 : 1);
