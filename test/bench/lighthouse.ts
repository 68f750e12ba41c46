/**
 * Lighthouse on the built site, as a reader's phone sees it: builds the app around the reference
 * corpus (a synthetic digest of the same size without it), serves the build as static hosts do
 * (precompressed files, clean paths for prerendered pages, the SPA fallback, the headers of
 * `_headers`) and runs Lighthouse with its mobile defaults three times on the home page and on a
 * paper with math. Prints the medians and every audit that did not pass; asserts nothing.
 *
 * Each run's report is kept as JSON in test-artifacts/lighthouse/.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import lighthouse, { type Result } from 'lighthouse';
import { parseDigest } from '../../src/digest';
import { hasMath } from '../../src/text';
import { archiveDigest } from '../support/archive';
import { buildSite } from '../support/build-site';
import { findChromium, LAUNCH_ARGS } from '../support/chromium';
import { koreanSystemFontEnvironment } from '../support/korean-font';
import { serveStatic } from '../support/static-server';
import { median } from '../support/stats';

const RUNS = 3;

/** With KOREAN_SYSTEM_FONT=1, Chromium has a Korean system font, as a phone does. */
const KOREAN_SYSTEM_FONT = process.env.KOREAN_SYSTEM_FONT === '1';

const SITE_URL = 'https://digest.example';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const root = resolve(import.meta.dirname, '../..');
const reportsDir = join(root, 'test-artifacts/lighthouse');
const work = mkdtempSync(join(tmpdir(), 'digest-lighthouse-'));

interface FailedAudit {
  /** Title, what it measured and score. */
  summary: string;
  /** What the audit found first: an error message, a file, an element. */
  findings: string[];
  /** Whether it weighs in its category's score; the others point at causes. */
  weighs: boolean;
}

interface Run {
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcp: number;
  fcp: number;
  tbt: number;
  cls: number;
  /** Bytes of the requests that finished before the first contentful paint, as observed. */
  bytesBeforeFcp: number | undefined;
  /** Audits that did not pass, by category and id. */
  failed: Map<string, FailedAudit>;
}

function build(digest: string): string {
  return buildSite({ work, digest, siteUrl: SITE_URL, log: true });
}

/**
 * A prerendered paper page whose abstract shows math, else the first prerendered one; where the
 * build prerenders no pages, the first paper whose abstract has math as the SPA opens it.
 */
function mathPaperPath(outDir: string, digest: string): string {
  const papersDir = join(outDir, 'papers');
  if (existsSync(papersDir)) {
    const pages = readdirSync(papersDir)
      .filter((name) => name.endsWith('.html'))
      .sort();
    const withMath = pages.find((name) =>
      readFileSync(join(papersDir, name), 'utf8').includes('class="katex"'),
    );
    const page = withMath ?? pages[0];
    if (page) return `/papers/${encodeURIComponent(page.replace(/\.html$/, ''))}`;
  }
  console.log('The build prerenders no paper pages: measuring the SPA');
  const { entries } = parseDigest(digest);
  const entry = entries.find((candidate) => hasMath(candidate.abstract)) ?? entries[0];
  if (!entry) throw new Error('The digest has no papers');
  return `/papers/${encodeURIComponent(entry.id)}`;
}

/** A Chromium of its own for each run, so that no run inherits another's cache or processes. */
async function launchChromium(
  executable: string,
  profile: string,
): Promise<{ port: number; close: () => Promise<void> }> {
  const child = spawn(
    executable,
    [...LAUNCH_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: KOREAN_SYSTEM_FONT ? koreanSystemFontEnvironment(work) : process.env,
    },
  );
  const port = await new Promise<number>((done, fail) => {
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (listening) done(Number(listening[1]));
    });
    child.on('exit', (code) => fail(new Error(`Chromium exited with ${code}:\n${output}`)));
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return {
    port,
    close: () => {
      child.kill();
      return exited;
    },
  };
}

async function measure(url: string, executable: string, reportName: string): Promise<Run> {
  const profile = mkdtempSync(join(work, 'profile-'));
  const chromium = await launchChromium(executable, profile);
  try {
    const result = await lighthouse(url, {
      port: chromium.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    await writeFile(join(reportsDir, `${reportName}.json`), JSON.stringify(lhr));
    const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      scores: Object.fromEntries(
        CATEGORIES.map((category) => [category, lhr.categories[category]?.score ?? NaN]),
      ) as Run['scores'],
      lcp: metric('largest-contentful-paint'),
      fcp: metric('first-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      bytesBeforeFcp: bytesBeforeFirstPaint(lhr),
      failed: failedAudits(lhr),
    };
  } finally {
    await chromium.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

interface NetworkRequestsDetails {
  items: Array<{ networkEndTime?: number; transferSize?: number }>;
  debugData?: { networkStartTimeTs?: number };
}

/**
 * The network-requests audit times requests from the first one's start, the metrics audit times
 * the observed first contentful paint as a trace timestamp: both in microseconds, on one clock.
 * Observed, not simulated: what this machine fetched before it painted.
 */
function bytesBeforeFirstPaint(lhr: Result): number | undefined {
  const requests = lhr.audits['network-requests']?.details as NetworkRequestsDetails | undefined;
  const metrics = lhr.audits.metrics?.details as
    { items?: Array<{ observedFirstContentfulPaintTs?: number }> } | undefined;
  const start = requests?.debugData?.networkStartTimeTs;
  const paint = metrics?.items?.[0]?.observedFirstContentfulPaintTs;
  if (!requests || start === undefined || paint === undefined) return undefined;
  return requests.items
    .filter((request) => request.networkEndTime !== undefined)
    .filter((request) => start + (request.networkEndTime ?? 0) * 1000 <= paint)
    .reduce((sum, request) => sum + (request.transferSize ?? 0), 0);
}

/** Scored audits of the four categories below a full score, with what they found first. */
function failedAudits(lhr: Result): Map<string, FailedAudit> {
  const failed = new Map<string, FailedAudit>();
  for (const category of CATEGORIES) {
    for (const { id, weight } of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
      const measured = audit.displayValue ? ` (${audit.displayValue})` : '';
      failed.set(`${category}/${id}`, {
        summary: `${audit.title}${measured}, score ${audit.score}`,
        findings: findings(audit.details),
        weighs: weight > 0,
      });
    }
  }
  return failed;
}

/** A row of an audit's table; rows that are tables or lists of their own have a `type`. */
interface FindingItem {
  type?: string;
  description?: string;
  issueType?: string;
  url?: string;
  node?: { selector?: string; snippet?: string };
}

/** The first few rows of an audit's table, each as the one field that names it best. */
function findings(details: unknown): string[] {
  const items = (details as { items?: unknown } | undefined)?.items;
  if (!Array.isArray(items)) return [];
  return (items as FindingItem[])
    .filter((item) => item.type === undefined)
    .map((item) => item.description ?? item.issueType ?? item.node?.snippet ?? item.url)
    .filter((finding): finding is string => typeof finding === 'string')
    .slice(0, 3)
    .map((finding) => (finding.length > 140 ? `${finding.slice(0, 140)}…` : finding));
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** One row of the table: each figure the median of the page's runs. */
function tableRow(runs: Run[]): Record<string, string> {
  const medianOf = (pick: (run: Run) => number) => median(runs.map(pick));
  const row: Record<string, string> = {};
  for (const category of CATEGORIES) {
    row[category] = medianOf((run) => run.scores[category]).toFixed(2);
  }
  row.LCP = seconds(medianOf((run) => run.lcp));
  row.FCP = seconds(medianOf((run) => run.fcp));
  row.TBT = `${Math.round(medianOf((run) => run.tbt))} ms`;
  row.CLS = medianOf((run) => run.cls).toFixed(3);
  const bytes = runs.map((run) => run.bytesBeforeFcp);
  row['KB before FCP'] = bytes.every((value) => value !== undefined)
    ? (median(bytes) / 1024).toFixed(1)
    : 'not reported';
  return row;
}

/**
 * Every audit that did not pass in some run, with the number of runs it failed in; those that
 * weigh in their category's score first, marked `*`.
 */
function printFailures(path: string, runs: Run[]): void {
  const failures = new Map<string, FailedAudit & { runs: number }>();
  for (const run of runs) {
    for (const [id, audit] of run.failed) {
      failures.set(id, { ...audit, runs: (failures.get(id)?.runs ?? 0) + 1 });
    }
  }
  console.log(`\n${path}: ${failures.size ? 'audits that did not pass' : 'every audit passed'}`);
  const ordered = [...failures].sort(
    ([a, first], [b, second]) => Number(second.weighs) - Number(first.weighs) || a.localeCompare(b),
  );
  for (const [id, audit] of ordered) {
    console.log(
      `${audit.weighs ? '*' : ' '} ${id}: ${audit.summary} [${audit.runs}/${runs.length} runs]`,
    );
    for (const finding of audit.findings) console.log(`      - ${finding}`);
  }
}

const startedAt = performance.now();
const { text: digest, source } = archiveDigest(1);
console.log(`Digest: ${source}, ${parseDigest(digest).entries.length} papers`);
const outDir = build(digest);
console.log(`Built in ${seconds(performance.now() - startedAt)}`);
if (!existsSync(join(outDir, '_headers')))
  console.log('The build writes no _headers: serving without host headers');
const server = await serveStatic(outDir, { applyHeadersFile: true });
const executable = await findChromium();
console.log(`Chromium from ${executable.source}: ${executable.path}`);
mkdirSync(reportsDir, { recursive: true });
const measured: Array<{ path: string; runs: Run[] }> = [];
try {
  for (const [name, path] of [
    ['home', '/'],
    ['paper', mathPaperPath(outDir, digest)],
  ] as const) {
    const runs: Run[] = [];
    for (let run = 1; run <= RUNS; run++) {
      runs.push(await measure(new URL(path, server.url).href, executable.path, `${name}-${run}`));
    }
    measured.push({ path, runs });
  }
} finally {
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
console.log(
  `\nLighthouse ${RUNS}× per page, mobile, medians` +
    (KOREAN_SYSTEM_FONT ? ', with a Korean system font as a phone has:' : ':'),
);
console.table(Object.fromEntries(measured.map(({ path, runs }) => [path, tableRow(runs)])));
for (const { path, runs } of measured) printFailures(path, runs);
console.log(`\nTook ${seconds(performance.now() - startedAt)}`);
