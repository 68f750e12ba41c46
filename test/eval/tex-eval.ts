/**
 * Counts the corpus papers whose abstract or title would still show raw TeX to a reader, after
 * `typesetAbstract` and `typesetTitle`: a text segment holding a `\command` or a `$` that is not a
 * currency sign, a formula KaTeX rejects, or prose swallowed into a formula. Lists each such paper
 * with the reason. Run with `npm run eval:tex`.
 */
import { katexRejection } from '../../src/components/ui/markdown-katex-check';
import { parseDigest } from '../../src/digest';
import { typesetAbstract, typesetTitle, type Segment } from '../../src/text';
import { loadCorpus } from '../support/corpus';

const corpus = loadCorpus();
if (corpus === null) {
  console.log('eval:tex skipped: no reference corpus at ../shared/corpus (set DIGEST_CORPUS_DIR).');
  process.exit(0);
}

const HOLDS_TEX = /\$|\\[A-Za-z]|\\[%&_#{}$]/;
/** A macro left in the text. One-letter names only before a brace: `\n` may be a literal `\n`. */
const RAW_COMMAND = /\\[A-Za-z]{2,}|\\[A-Za-z]\{|\\['"`^~=.][A-Za-z{]/;
/** A `$` the reader should see: one before an amount, as `typesetAbstract` reads prices. */
const CURRENCY = /^\$\d+(?:[.,]\d+)*(?:[KMB](?![A-Za-z])|\s|$|[.,;:!?)](?!\d))/;
/** Three words in a row in a formula, outside `\text{…}`-like arguments: prose set as math. */
const PROSE = /[A-Za-z]{2,}\s+[A-Za-z]{2,}\s+[A-Za-z]{2,}/;

const excerpt = (text: string, at: number) =>
  `"…${text.slice(Math.max(0, at - 25), at + 30).replace(/\s+/g, ' ')}…"`;

function problems(segments: readonly Segment[]): string[] {
  const found: string[] = [];
  for (const segment of segments) {
    if (segment.type === 'math') {
      const rejection = katexRejection(segment.tex, segment.display);
      if (rejection !== null) {
        found.push(`KaTeX rejects $${segment.tex}$: ${rejection.slice(0, 100)}`);
      }
      if (PROSE.test(segment.tex.replace(/\\[A-Za-z]+\s*(?:\{[^{}]*\})?/g, ' '))) {
        found.push(`prose set as math: $${segment.tex.slice(0, 60)}$`);
      }
      continue;
    }
    const command = RAW_COMMAND.exec(segment.text);
    if (command) found.push(`raw ${command[0]} in ${excerpt(segment.text, command.index)}`);
    for (let at = segment.text.indexOf('$'); at !== -1; at = segment.text.indexOf('$', at + 1)) {
      if (!CURRENCY.test(segment.text.slice(at))) {
        found.push(`stray $ in ${excerpt(segment.text, at)}`);
        break;
      }
    }
  }
  return found;
}

const { entries } = parseDigest(corpus.text);
let total = 0;
const remaining: string[] = [];
for (const entry of entries) {
  if (!HOLDS_TEX.test(entry.abstract) && !HOLDS_TEX.test(entry.title)) continue;
  total++;
  const found = [
    ...problems(typesetTitle(entry.title)).map((problem) => `title: ${problem}`),
    ...problems(typesetAbstract(entry.abstract)).map((problem) => `abstract: ${problem}`),
  ];
  if (found.length > 0)
    remaining.push(`line ${entry.line} ${entry.id}\n    ${found.join('\n    ')}`);
}
console.log(
  `eval:tex ${remaining.length} of ${total} papers with TeX in the abstract or title still show raw TeX`,
);
for (const paper of remaining) console.log(paper);
