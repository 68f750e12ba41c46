/**
 * Builds the app around a 1× and a 10× digest, opens each in Chromium and prints the time to the
 * first painted paper row and the number of DOM elements, as medians over several cold loads.
 * Prints numbers; asserts nothing.
 *
 * `KOREAN_SYSTEM_FONT=1` lets Chromium find a Korean font on the system (Pretendard, from
 * node_modules), as every reader's device has. A machine without one searches all its fonts for
 * each Hangul syllable that the web font has not delivered yet, which made text layout here two to
 * three times slower.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { archiveDigest } from '../support/archive';
import { buildSite } from '../support/build-site';
import { findChromium, LAUNCH_ARGS } from '../support/chromium';
import { koreanSystemFontEnvironment } from '../support/korean-font';
import { serveStatic } from '../support/static-server';
import { median } from '../support/stats';

const ROUNDS = Number(process.env.ROUNDS ?? 7);
const work = mkdtempSync(join(tmpdir(), 'digest-startup-'));

/**
 * Set before any app code runs: notes the start of the first frame that paints a paper row (a
 * frame's callbacks run right before its paint, and later work cannot delay this figure).
 */
const FIRST_ROW_PROBE = `
  new MutationObserver((_, observer) => {
    if (!document.querySelector('[aria-label="논문 목록"] [role="listitem"]')) return;
    observer.disconnect();
    requestAnimationFrame((frame) => { window.firstRow = frame; });
  }).observe(document, { childList: true, subtree: true });
  window.longTasks = [];
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) window.longTasks.push([task.startTime, task.duration]);
  }).observe({ type: 'longtask', buffered: true });
`;

/** Read in the page as a string: the bench runs through a transpiler that would wrap functions. */
const PAGE_FIGURES = `(() => {
  const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
  return {
    firstParsed: mark('digest:first-parsed'),
    parsed: mark('digest:parsed'),
    firstRow: window.firstRow,
    longTasks: window.longTasks,
    elements: document.getElementsByTagName('*').length,
  };
})()`;

function build(times: number): string {
  const { text, source } = archiveDigest(times);
  const outDir = buildSite({ work, digest: text, name: `dist-${times}x`, log: true });
  console.log(`${times}×: ${source}, ${(text.length / 1e6).toFixed(1)} M chars`);
  return outDir;
}

const executable = await findChromium();
const browser = await chromium.launch({
  executablePath: executable.path,
  args: LAUNCH_ARGS,
  env: process.env.KOREAN_SYSTEM_FONT ? koreanSystemFontEnvironment(work) : process.env,
});

interface Result {
  times: number;
  firstParsed: number;
  parsed: number;
  firstRow: number;
  elements: number;
  /** Main-thread tasks over 50 ms while loading, as [start, duration] in ms. */
  longTasks: Array<[number, number]>;
}
/**
 * Medians of one size's loads; and over all of them, how many had no task over 50 ms, and every
 * such task, since a median hides the loads that miss and where a task falls tells what it was.
 */
interface Summary extends Result {
  cleanLoads: number;
}
const results: Summary[] = [];
try {
  for (const times of [1, 10]) {
    const outDir = build(times);
    const server = await serveStatic(outDir);
    const { url } = server;
    const rounds: Result[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.addInitScript(FIRST_ROW_PROBE);
      await page.goto(url);
      await page.waitForFunction(() => 'firstRow' in window, null, { timeout: 60_000 });
      await page.waitForFunction(() => performance.getEntriesByName('digest:parsed').length > 0);
      await page.waitForTimeout(300);
      rounds.push({
        times,
        ...(await page.evaluate<Omit<Result, 'times'>>(PAGE_FIGURES)),
      });
      await context.close();
    }
    await server.close();
    results.push({
      times,
      firstParsed: median(rounds.map((r) => r.firstParsed)),
      parsed: median(rounds.map((r) => r.parsed)),
      firstRow: median(rounds.map((r) => r.firstRow)),
      elements: median(rounds.map((r) => r.elements)),
      cleanLoads: rounds.filter((r) => r.longTasks.length === 0).length,
      longTasks: rounds.flatMap((r) => r.longTasks).sort((a, b) => a[0] - b[0]),
    });
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}

console.log(
  `medians of ${ROUNDS} cold loads at 1280×800, Chromium from ${executable.source}, ` +
    (process.env.KOREAN_SYSTEM_FONT
      ? 'with Pretendard as a Korean system font'
      : 'with the fonts of this machine (KOREAN_SYSTEM_FONT=1 adds a Korean one)'),
);
const ms = (value: number) => (Number.isNaN(value) ? '    –' : value.toFixed(0).padStart(5));
for (const result of results) {
  const { times, firstParsed, parsed, firstRow, elements, longTasks } = result;
  const tasks = longTasks.map(([start, duration]) => `${duration.toFixed(0)}@${start.toFixed(0)}`);
  console.log(
    `${String(times).padStart(2)}×  first days parsed ${ms(firstParsed)} ms  ` +
      `all parsed ${ms(parsed)} ms  first painted row ${ms(firstRow)} ms  ` +
      `DOM elements ${String(elements).padStart(5)}  ` +
      `loads with no main-thread task over 50 ms ${result.cleanLoads}/${ROUNDS}` +
      (tasks.length > 0 ? `; tasks over 50 ms (duration@start): ${tasks.join(' ')}` : ''),
  );
}
const [one, ten] = results;
if (one && ten) {
  console.log(
    `10× / 1×: first row ${(ten.firstRow / one.firstRow).toFixed(2)}× (goal ≤ 1.2×), ` +
      `DOM elements ${(ten.elements / one.elements).toFixed(2)}× (goal ≈ 1×)`,
  );
}
