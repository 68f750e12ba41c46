import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site';
import { digest, entryLines } from '../support/digest-factory';

const work = mkdtempSync(join(tmpdir(), 'digest-build-'));
const outDir = join(work, 'dist');

const FILLER = '모델을 학습하는 방법을 다룬 논문입니다. '.repeat(50);
const RARE_ON_FIRST_SCREEN = '뺀';

/** An archive as it grows: days appended at the end, so the newest comes last. */
const ARCHIVE = digest(
  '2024년 3월 7일',
  Array.from({ length: 13 }, (_, index) =>
    entryLines({
      title: `Older Paper ${index + 1}`,
      commentary: [FILLER],
    }),
  ).flat(),
  '2024년 3월 8일',
  entryLines({
    title: 'Newest Paper',
    commentary: [`데이터를 ${RARE_ON_FIRST_SCREEN} 새로운 방법이네요.`],
  }),
);

beforeAll(() => {
  buildSite({ work, digest: ARCHIVE, siteUrl: 'https://digest.example' });
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const asset = (pattern: RegExp) => {
  const name = readdirSync(join(outDir, 'assets')).find((file) => pattern.test(file));
  if (!name) throw new Error(`no asset matches ${String(pattern)}`);
  return readFileSync(join(outDir, 'assets', name), 'utf8');
};

describe('the built site', () => {
  it('serves the digest with its newest day first', () => {
    const served = asset(/^digest-.*\.txt$/);
    expect(served.startsWith('2024년 3월 8일\nNewest Paper\n')).toBe(true);
    expect(served.indexOf('2024년 3월 7일')).toBeGreaterThan(served.indexOf('Newest Paper'));
  });

  it('starts downloading the digest with the app shell, before the script runs', () => {
    const shell = readFileSync(join(outDir, '404.html'), 'utf8');
    expect(shell).toMatch(/<link rel="preload" as="fetch" href="\/assets\/digest-[^"]+\.txt"/);
  });

  it('renders the home page, each tag and each paper ahead of time, with no download before their first paint but the page', () => {
    const home = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(home).toContain('Newest Paper');
    expect(readFileSync(join(outDir, 'papers/2024-03-08-newest-paper.html'), 'utf8')).toContain(
      RARE_ON_FIRST_SCREEN,
    );
    expect(readdirSync(join(outDir, 'tags'))).toContain('llm.html');
    for (const page of [home, readFileSync(join(outDir, 'tags/llm.html'), 'utf8')]) {
      expect(page).not.toMatch(/<link rel="preload"/);
    }
  });

  it('writes the sitemap, robots.txt and the feeds for the site it is told of', () => {
    const sitemap = readFileSync(join(outDir, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://digest.example/papers/2024-03-08-newest-paper</loc>');
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain(
      'Sitemap: https://digest.example/sitemap.xml',
    );
    expect(readFileSync(join(outDir, 'feed.xml'), 'utf8')).toContain('Newest Paper');
    expect(readFileSync(join(outDir, 'tags/llm/feed.xml'), 'utf8')).toContain('Newest Paper');
  });
});
