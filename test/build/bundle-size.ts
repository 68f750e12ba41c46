/**
 * The JavaScript a first visit downloads before the app can start, gzip-compressed: the entry
 * script in dist/index.html and every module it preloads. Fails above the budget. Lazy chunks
 * (KaTeX and its stylesheet, among others) are listed but do not count.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 140;
const dist = resolve(import.meta.dirname, '../../dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = new Set(
  [
    ...html.matchAll(
      /<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g,
    ),
  ].map((match) => (match[1] ?? '').replace(/^\//, '')),
);
const gzipKb = (file: string) => gzipSync(readFileSync(join(dist, file))).length / 1024;

let total = 0;
for (const file of initial) {
  const size = gzipKb(file);
  total += size;
  console.log(`initial  ${size.toFixed(1).padStart(7)} KB  ${file}`);
}
const assets = readdirSync(join(dist, 'assets')).map((name) => `assets/${name}`);
for (const file of assets.filter((name) => /\.(js|css)$/.test(name) && !initial.has(name))) {
  console.log(
    `${file.endsWith('.css') ? 'css     ' : 'lazy    '} ${gzipKb(file).toFixed(1).padStart(7)} KB  ${file}`,
  );
}
console.log(`initial JavaScript: ${total.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB)`);
if (total > BUDGET_KB) {
  console.error(
    `size: initial JavaScript is over the budget by ${(total - BUDGET_KB).toFixed(1)} KB`,
  );
  process.exit(1);
}
