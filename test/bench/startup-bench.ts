/**
 * Builds the app around a 1× and a 10× digest, opens each in Chromium and prints the time to the
 * first painted paper row and the number of DOM elements, as medians over several cold loads.
 * Prints numbers; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { archiveDigest } from '../support/archive';
import { findChromium, LAUNCH_ARGS } from '../support/chromium';

const ROUNDS = Number(process.env.ROUNDS ?? 7);
const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'digest-startup-'));

/** Set before any app code runs: notes when the first paper row is in the DOM and painted. */
const FIRST_ROW_PROBE = `
  new MutationObserver((_, observer) => {
    if (!document.querySelector('[aria-label="논문 목록"] [role="listitem"]')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.firstRow = performance.now(); }));
  }).observe(document, { childList: true, subtree: true });
`;

function build(times: number): string {
  const { text, source } = archiveDigest(times);
  const digest = join(work, `digest-${times}x.txt`);
  writeFileSync(digest, text);
  const outDir = join(work, `dist-${times}x`);
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      outDir,
      '--logLevel',
      'warn',
    ],
    {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production', DIGEST_FILE: digest },
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) throw new Error(`build for ${times}× failed`);
  console.log(`${times}×: ${source}, ${(text.length / 1e6).toFixed(1)} M chars`);
  return outDir;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

const executable = await findChromium();
const browser = await chromium.launch({ executablePath: executable.path, args: LAUNCH_ARGS });
const results: Array<{ times: number; firstRow: number; elements: number }> = [];
try {
  for (const times of [1, 10]) {
    const outDir = build(times);
    const server = await preview({
      root,
      logLevel: 'warn',
      build: { outDir },
      preview: { host: '127.0.0.1', port: 0, open: false },
    });
    const url = server.resolvedUrls?.local[0] ?? '';
    const firstRows: number[] = [];
    const elements: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.addInitScript(FIRST_ROW_PROBE);
      await page.goto(url);
      await page.waitForFunction(() => 'firstRow' in window, null, { timeout: 60_000 });
      firstRows.push(
        await page.evaluate(() => (window as unknown as { firstRow: number }).firstRow),
      );
      await page.waitForTimeout(300);
      elements.push(await page.evaluate(() => document.getElementsByTagName('*').length));
      await context.close();
    }
    await server.close();
    results.push({ times, firstRow: median(firstRows), elements: median(elements) });
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}

for (const { times, firstRow, elements } of results) {
  console.log(
    `${String(times).padStart(2)}×  first painted row ${firstRow.toFixed(0).padStart(6)} ms  ` +
      `DOM elements ${String(elements).padStart(6)}  (median of ${ROUNDS}, Chromium from ${executable.source})`,
  );
}
const [one, ten] = results;
if (one && ten) {
  console.log(
    `10× / 1×: first row ${(ten.firstRow / one.firstRow).toFixed(2)}× (goal ≤ 1.5×), ` +
      `DOM elements ${(ten.elements / one.elements).toFixed(2)}× (goal ≈ 1×)`,
  );
}
