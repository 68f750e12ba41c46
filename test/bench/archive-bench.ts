/**
 * `npm run bench:archive`: the reader's archive at 16,000 papers (the reference corpus ten times
 * over), kept in IndexedDB through 내 자료's file picker as a reader would, beside a small shipped
 * digest, in Chromium with the site's service worker. Prints, as medians (and 95th percentiles) of
 * several loads:
 *
 * - the time from navigation start to the first painted paper row and to the whole merged list
 *   (`digest:parsed`), for `/` (prerendered) and a deep link to an archived paper (the app shell),
 *   online and offline, and the ratio offline/online (goal ≤ 1.0×);
 * - the time from clicking "보관함에 추가" with a pasted day of 10 papers to those papers in the
 *   list (goal ≤ 300 ms);
 * - main-thread tasks over 50 ms while the archive is read (`archive:read-start`..`-end`; goal:
 *   none), against a load with an empty archive.
 *
 * `KOREAN_SYSTEM_FONT=1` gives Chromium a Korean system font, as readers' devices have: without
 * one, laying out the archive's Korean text as it joins the list takes two to three times as long.
 *
 * Wall-clock goals are read off these numbers on the machine at hand; nothing is asserted. Offline
 * is the host refusing connections and the browser told it has no network: Playwright's offline
 * switch does not reach the service worker's own requests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { parseDigest } from '../../src/digest';
import { formatCount } from '../../src/text';
import { gotoApp } from '../e2e/browser';
import { archiveDigest } from '../support/archive';
import { buildSite } from '../support/build-site';
import { findChromium, LAUNCH_ARGS } from '../support/chromium';
import { koreanSystemFontEnvironment } from '../support/korean-font';
import { loadCorpus } from '../support/corpus';
import { digest, entryLines } from '../support/digest-factory';
import { serveStatic } from '../support/static-server';
import { median, percentile } from '../support/stats';

const ROUNDS = Number(process.env.ROUNDS ?? 7);
const PASTES = Number(process.env.PASTES ?? 10);
const TIMES = 10;
const VIEWPORT = { width: 1280, height: 800 };
/** How long a load is watched after `digest:parsed`, for the tasks of its last render. */
const SETTLE_MS = 500;
const LOAD_TIMEOUT_MS = 120_000;
const ARCHIVE_FILE = `archive-${TIMES}x.txt`;

/** The digest the app ships: one small day, as the reader's archive grows beside it. */
const SHIPPED = digest(
  '2024년 3월 8일',
  entryLines({ title: 'Scaling Laws for Sparse Mixtures', tags: '#llm #scaling' }),
  entryLines({ title: 'Reward Models Under Distribution Shift', tags: '#rl' }),
  entryLines({ title: 'Tokenizers Revisited', tags: '#llm' }),
);

/**
 * Set before any page script runs: the start of the first frame that paints a paper row (a
 * frame's callbacks run right before its paint), and every main-thread task over 50 ms.
 */
const PROBE = `
  window.bench = { longTasks: [] };
  new MutationObserver((_, observer) => {
    if (!document.querySelector('[aria-label="논문 목록"] a[href*="/papers/"]')) return;
    observer.disconnect();
    requestAnimationFrame((frame) => { window.bench.firstRow = frame; });
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) window.bench.longTasks.push([task.startTime, task.duration]);
  }).observe({ type: 'longtask', buffered: true });
`;

/** Read in the page as strings: the bench runs through a transpiler that would wrap functions. */
const LOADED = `window.bench?.firstRow !== undefined
  && performance.getEntriesByName('digest:parsed').length > 0`;
const LOAD_FIGURES = `(() => {
  const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
  return {
    firstRow: window.bench.firstRow,
    parsed: mark('digest:parsed'),
    readStart: mark('archive:read-start'),
    readEnd: mark('archive:read-end'),
    longTasks: window.bench.longTasks,
    controlled: navigator.serviceWorker.controller !== null,
  };
})()`;

/** The number of papers the list heading counts (`전체 논문 16,043편`). */
const LISTED_COUNT = `Number(
  /([\\d,]+)편/.exec(document.querySelector('[aria-label="논문 목록 영역"] h2')?.textContent ?? '')
    ?.[1].replaceAll(',', '') ?? NaN)`;

/**
 * Watches for the pasted papers: notes the click on "보관함에 추가", then the first frame that
 * paints the list counting `count` papers with the row of `title`.
 */
const watchPaste = (count: number, title: string) => `(() => {
  const paste = (window.bench.paste = {});
  document.addEventListener('click', (event) => { paste.clickedAt = event.timeStamp; },
    { capture: true, once: true });
  const shown = () => ${LISTED_COUNT} === ${count}
    && [...document.querySelectorAll('[aria-label="논문 목록"] a')]
      .some((link) => link.textContent === ${JSON.stringify(title)});
  new MutationObserver((_, observer) => {
    if (paste.clickedAt === undefined || !shown()) return;
    observer.disconnect();
    requestAnimationFrame((frame) => { paste.shownAt = frame; });
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
})()`;
const PASTE_FIGURES = `(() => {
  const { clickedAt, shownAt } = window.bench.paste;
  const longTasks = window.bench.longTasks
    .filter(([start, duration]) => start + duration > clickedAt && start < shownAt)
    .map(([, duration]) => duration);
  return { time: shownAt - clickedAt, longTasks };
})()`;

interface Paste {
  time: number;
  /** Durations of the main-thread tasks over 50 ms between the click and the papers shown. */
  longTasks: number[];
}

interface Load {
  firstRow: number;
  parsed: number;
  readStart: number;
  readEnd: number;
  /** Main-thread tasks over 50 ms, as [start, duration] in ms. */
  longTasks: Array<[number, number]>;
  /** Whether the service worker served the page: without it, offline figures mean nothing. */
  controlled: boolean;
}

interface Relay {
  port: number;
  close: () => Promise<void>;
}

/** Passes every connection to `port` on to `serverPort`; closing it drops them all. */
async function relay(serverPort: number, port: number): Promise<Relay> {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(serverPort, '127.0.0.1');
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', end);
      socket.once('close', () => {
        sockets.delete(socket);
        end();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

/**
 * The address the browser knows the site by, in front of the static server. Unreachable, it
 * refuses connections as a host that is gone does; reachable again, it is on the same port, so
 * the origin, and with it the service worker and the archive, stays the same.
 */
interface Host {
  url: string;
  setReachable: (reachable: boolean) => Promise<void>;
  close: () => Promise<void>;
}

async function openHost(serverPort: number): Promise<Host> {
  let open: Relay | null = await relay(serverPort, 0);
  const { port } = open;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    setReachable: async (reachable) => {
      if (reachable === (open !== null)) return;
      if (reachable) {
        open = await relay(serverPort, port);
        return;
      }
      await open?.close();
      open = null;
      const refused = await fetch(url).then(
        () => false,
        () => true,
      );
      if (!refused) throw new Error(`${url} still answers after it was closed`);
    },
    close: async () => {
      await open?.close();
      open = null;
    },
  };
}

/** The reader's network: the host and, for the page's own requests, the browser's offline switch. */
async function setOnline(context: BrowserContext, online: boolean): Promise<void> {
  await host.setReachable(online);
  await context.setOffline(!online);
}

async function newReaderContext(): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: 'ko-KR',
    serviceWorkers: 'allow',
    // Playwright's waitForFunction evaluates its predicate as a string, which the policy forbids.
    bypassCSP: true,
  });
  await context.addInitScript(PROBE);
  return context;
}

/** Waits until the service worker controls `page` and holds the page and the shipped digest. */
async function waitUntilKeptOffline(page: Page): Promise<void> {
  await page.waitForFunction(
    `(async () => Boolean(navigator.serviceWorker.controller
      && (await (await caches.open('pages')).match(location.pathname))
      && (await (await caches.open('digests')).keys()).length > 0))()`,
    null,
    { timeout: 30_000, polling: 200 },
  );
}

/** A first visit to `/`, which installs the worker and fills its caches. */
async function firstVisit(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  await gotoApp(page, host.url);
  await waitUntilKeptOffline(page);
  await page.close();
}

/**
 * One load of `path` in a new tab, watched until the merged list is whole and drawn. Loads that
 * compare offline with online need the service worker in control; the empty archive's baseline,
 * online, is measured either way (a new tab there has now and then not been under the worker).
 */
async function load(context: BrowserContext, path: string, requireControl = true): Promise<Load> {
  const page = await context.newPage();
  try {
    await page.goto(new URL(path, host.url).href);
    await page.waitForFunction(LOADED, null, { timeout: LOAD_TIMEOUT_MS, polling: 50 });
    await page.waitForTimeout(SETTLE_MS);
    const figures = await page.evaluate<Load>(LOAD_FIGURES);
    if (requireControl && !figures.controlled) {
      throw new Error(`the service worker did not control ${path}`);
    }
    return figures;
  } finally {
    await page.close();
  }
}

/** Keeps the 10× digest through 내 자료's file picker and waits until 내 자료 lists it. */
async function keepArchive(context: BrowserContext, text: string, papers: number): Promise<number> {
  const page = await context.newPage();
  await gotoApp(page, new URL('/sources', host.url).href);
  const startedAt = performance.now();
  await page.getByLabel('보관할 다이제스트 파일').setInputFiles({
    name: ARCHIVE_FILE,
    mimeType: 'text/plain',
    buffer: Buffer.from(text),
  });
  await page
    .getByRole('list', { name: '보관한 자료' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: ARCHIVE_FILE }) })
    .filter({ hasText: `${formatCount(papers)}편` })
    .waitFor({ timeout: LOAD_TIMEOUT_MS });
  const seconds = (performance.now() - startedAt) / 1000;
  await page.close();
  return seconds;
}

/** Pastes `PASTES` days of 10 new papers into the list of `/`, one after another. */
async function pasteDays(context: BrowserContext): Promise<Paste[]> {
  const page = await context.newPage();
  await gotoApp(page, host.url);
  await page.waitForFunction(LOADED, null, { timeout: LOAD_TIMEOUT_MS });
  await page.waitForTimeout(SETTLE_MS);
  const results = [];
  for (let round = 0; round < PASTES; round++) {
    const titles = Array.from({ length: 10 }, (_, i) => `Pasted Paper ${round + 1}-${i + 1}`);
    // Newer than every paper of the archive, so the day opens the list.
    const day = digest(
      `2025년 1월 ${round + 1}일`,
      ...titles.map((title) => entryLines({ title })),
    );
    const before = await page.evaluate<number>(LISTED_COUNT);
    await page.getByRole('button', { name: '붙여넣기', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '다이제스트 붙여넣기' });
    await dialog.getByRole('textbox', { name: '다이제스트 텍스트' }).fill(day);
    await page.evaluate(watchPaste(before + titles.length, titles[0] ?? ''));
    await dialog.getByRole('button', { name: '보관함에 추가' }).click();
    await page.waitForFunction('window.bench.paste.shownAt !== undefined', null, {
      timeout: LOAD_TIMEOUT_MS,
    });
    results.push(await page.evaluate<Paste>(PASTE_FIGURES));
    await dialog.waitFor({ state: 'hidden' });
    await page.waitForTimeout(SETTLE_MS);
  }
  await page.close();
  return results;
}

/** Tasks of `load` that overlap `from`..`to`. */
function tasksWithin({ longTasks }: Load, from: number, to: number): number[] {
  return longTasks
    .filter(([start, duration]) => start + duration > from && start < to)
    .map(([, duration]) => duration);
}

const ms = (value: number) => (Number.isNaN(value) ? '–' : `${value.toFixed(0)} ms`);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

/** `n in k/N loads, longest L ms` for tasks' durations in each of N runs, or none. */
function taskSummary(perRun: number[][], runs = 'loads'): string {
  const all = perRun.flat();
  if (all.length === 0) return 'none';
  const withTasks = perRun.filter((tasks) => tasks.length > 0).length;
  return `${all.length} in ${withTasks}/${perRun.length} ${runs}, longest ${ms(Math.max(...all))}`;
}

function printTable(rows: string[][]): void {
  const widths = rows[0]?.map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  );
  for (const row of rows) {
    console.log(
      row
        .map((cell, column) => cell.padEnd(widths?.[column] ?? 0))
        .join('  ')
        .trimEnd(),
    );
  }
}

const corpus = loadCorpus();
if (!corpus) {
  console.log(
    'bench:archive skipped: the reference corpus (../shared/corpus/dev.txt, or $DIGEST_CORPUS_DIR) ' +
      'is absent, and the figures are about its 16,000 real papers.',
  );
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'bench-archive-'));
const { text: archiveText, source } = archiveDigest(TIMES);
const archived = parseDigest(archiveText).entries;
// A paper from the middle of the archive, which only the archive can show.
const deepPaper = archived[Math.floor(archived.length / 2)];
if (!deepPaper) throw new Error('the archive has no papers');
const ROUTES = [
  { label: '/ (prerendered)', path: '/' },
  { label: '/papers/<archived> (app shell)', path: `/papers/${deepPaper.id}` },
];

const outDir = buildSite({ work, digest: SHIPPED, log: true });
const server = await serveStatic(outDir, { applyHeadersFile: true });
const host = await openHost(Number(new URL(server.url).port));
const executable = await findChromium();
const koreanSystemFont = process.env.KOREAN_SYSTEM_FONT === '1';
const browser = await chromium.launch({
  executablePath: executable.path,
  args: LAUNCH_ARGS,
  env: koreanSystemFont ? koreanSystemFontEnvironment(work) : process.env,
});

const loads = new Map<string, Load[]>();
let keptInSeconds: number;
let pastes: Array<Paste>;
const emptyLoads: Load[] = [];
try {
  const context = await newReaderContext();
  await firstVisit(context);
  keptInSeconds = await keepArchive(context, archiveText, archived.length);
  // Once online, so the worker keeps the deep link's page as it would for a reader.
  for (const route of ROUTES) await load(context, route.path);

  for (let round = 0; round < ROUNDS; round++) {
    // Online first and offline first in turn, so neither always follows the other.
    const modes = round % 2 === 0 ? [true, false] : [false, true];
    for (const online of modes) {
      await setOnline(context, online);
      for (const route of ROUTES) {
        const key = `${route.label} ${online ? 'online' : 'offline'}`;
        loads.set(key, [...(loads.get(key) ?? []), await load(context, route.path)]);
      }
    }
  }
  await setOnline(context, true);
  pastes = await pasteDays(context);
  await context.close();

  const empty = await newReaderContext();
  await firstVisit(empty);
  for (let round = 0; round < ROUNDS; round++) emptyLoads.push(await load(empty, '/', false));
  await empty.close();
} finally {
  await browser.close();
  await host.close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}

console.log(
  `\nmachine: ${availableParallelism()} cores, Node ${process.version}, Chromium from ` +
    `${executable.source}, ${VIEWPORT.width}×${VIEWPORT.height}, no CPU throttling, ` +
    (koreanSystemFont
      ? 'with Pretendard as a Korean system font'
      : "with this machine's fonts (KOREAN_SYSTEM_FONT=1 adds a Korean one)"),
);
console.log(
  `archive: ${source}, ${formatCount(archived.length)} papers ` +
    `(${(Buffer.byteLength(archiveText) / 1e6).toFixed(1)} MB), kept through 내 자료's file picker ` +
    `in ${keptInSeconds.toFixed(1)} s; shipped digest: 3 papers`,
);
console.log(`loads: median [p95] of ${ROUNDS}, each in a new tab, the service worker in control\n`);

const rows = [
  [
    'load',
    'first row',
    'all merged (digest:parsed)',
    'tasks > 50 ms reading the archive',
    'tasks > 50 ms, whole load',
  ],
];
const row = (label: string, runs: Load[]) => {
  const firstRows = runs.map((run) => run.firstRow);
  const parsed = runs.map((run) => run.parsed);
  rows.push([
    label,
    `${ms(median(firstRows))} [${ms(percentile(firstRows, 0.95))}]`,
    `${ms(median(parsed))} [${ms(percentile(parsed, 0.95))}]`,
    taskSummary(runs.map((run) => tasksWithin(run, run.readStart, run.readEnd))),
    taskSummary(runs.map((run) => tasksWithin(run, 0, Infinity))),
  ]);
};
for (const [label, runs] of loads) row(label, runs);
row('/ online, empty archive (baseline)', emptyLoads);
printTable(rows);

console.log('\noffline / online (goal ≤ 1.0× for the first row):');
for (const route of ROUTES) {
  const online = loads.get(`${route.label} online`) ?? [];
  const offline = loads.get(`${route.label} offline`) ?? [];
  const of = (runs: Load[], figure: 'firstRow' | 'parsed') =>
    median(runs.map((run) => run[figure]));
  console.log(
    `  ${route.label}: first row ${ratio(of(offline, 'firstRow'), of(online, 'firstRow'))}, ` +
      `all merged ${ratio(of(offline, 'parsed'), of(online, 'parsed'))}`,
  );
}

const pasteTimes = pastes.map((paste) => paste.time);
console.log(
  `\npaste of a day of 10 new papers, from "보관함에 추가" to them in the list (goal ≤ 300 ms), ` +
    `${PASTES} pastes: median ${ms(median(pasteTimes))}, p95 ${ms(percentile(pasteTimes, 0.95))}, ` +
    `main-thread tasks over 50 ms meanwhile: ${taskSummary(
      pastes.map((paste) => paste.longTasks),
      'pastes',
    )}`,
);
