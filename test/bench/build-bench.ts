/**
 * `npm run bench:build`: the production build, prerendering included, of an archive ten times the
 * reference corpus (16,040 papers; a synthetic one of the same size without ../shared/corpus).
 * Prints the build's wall time, the prerender's pages per second and the build's peak memory. The
 * goal (16,000 papers within 60 s on a 2-core machine, without holding every page in memory) is
 * read off these numbers; nothing is asserted.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { archiveDigest } from '../support/archive';

const TIMES = Number(process.env.BENCH_TIMES ?? 10);
const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'bench-build-'));
const data = join(work, 'data');
const outDir = join(work, 'dist');

const { text, source } = archiveDigest(TIMES);
mkdirSync(data, { recursive: true });
writeFileSync(join(data, 'digest.txt'), text);
console.log(`archive: ${source}, ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB`);
console.log(`machine: ${availableParallelism()} cores, Node ${process.version}`);

// The build runs in a process of its own, which reports its own peak memory (worker threads
// included) as it ends.
const child = spawn(
  process.execPath,
  [
    '--input-type=module',
    '-e',
    `const { build } = await import('vite');
     await build({ logLevel: 'info', build: { outDir: ${JSON.stringify(outDir)} } });
     console.log('peak-rss-kb ' + process.resourceUsage().maxRSS);`,
  ],
  {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DIGEST_DIR: data,
      SITE_URL: 'https://digest.example',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
let output = '';
child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
const startedAt = performance.now();
const code = await new Promise<number | null>((done) => child.on('close', done));
const seconds = (performance.now() - startedAt) / 1000;
if (code !== 0) {
  console.error(output);
  throw new Error(`the build failed with code ${code}`);
}

const prerendered = /prerendered (\d+) pages and (\d+) .* in ([\d.]+) s \((\d+) pages\/s\)/.exec(
  output,
);
const peak = /peak-rss-kb (\d+)/.exec(output);
const pages = readdirSync(join(outDir, 'papers')).filter((name) => name.endsWith('.html')).length;
console.log(`build, all of it:     ${seconds.toFixed(1)} s`);
if (prerendered) {
  console.log(
    `prerendering:         ${prerendered[1]} pages and ${prerendered[2]} other files in ` +
      `${prerendered[3]} s, ${prerendered[4]} pages/s`,
  );
}
console.log(`paper pages written:  ${pages}`);
if (peak) console.log(`peak memory:          ${(Number(peak[1]) / 1024).toFixed(0)} MB`);
rmSync(work, { recursive: true, force: true });
