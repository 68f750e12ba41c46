import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontSlices } from '../../src/fonts/font-slices';
import { digest, entryLines } from '../support/digest-factory';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'digest-build-'));
const outDir = join(work, 'dist');

/** Plain Korean, enough of it that one syllable is less than 1 in 10,000 of the digest. */
const FILLER = '모델을 학습하는 방법을 다룬 논문입니다. '.repeat(50);
/** Rare syllables: one in the newest paper, which the first screen shows, one further down. */
const RARE_ON_FIRST_SCREEN = '뺀';
const RARE_FURTHER_DOWN = '텝';

/** An archive as it grows: days appended at the end, so the newest comes last. */
const ARCHIVE = digest(
  '2024년 3월 7일',
  Array.from({ length: 13 }, (_, index) =>
    entryLines({
      title: `Older Paper ${index + 1}`,
      commentary: [index === 12 ? `${FILLER}${RARE_FURTHER_DOWN}` : FILLER],
    }),
  ).flat(),
  '2024년 3월 8일',
  entryLines({
    title: 'Newest Paper',
    commentary: [`데이터를 ${RARE_ON_FIRST_SCREEN} 새로운 방법이네요.`],
  }),
);

beforeAll(() => {
  const data = join(work, 'data');
  mkdirSync(data);
  writeFileSync(join(data, 'digest.txt'), ARCHIVE);
  // A child process: vitest sets NODE_ENV=test, and the build should be the one users get.
  const build = spawnSync(
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
      env: { ...process.env, NODE_ENV: 'production', DIGEST_DIR: data },
      encoding: 'utf8',
    },
  );
  if (build.status !== 0) throw new Error(`vite build failed:\n${build.stderr}`);
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

  it('starts downloading a digest of this size with the page, before the script runs', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(html).toMatch(/<link rel="preload" as="fetch" href="\/assets\/digest-[^"]+\.txt"/);
  });

  it('preloads the web-font files that the digest needs, at low priority', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const fonts = [...html.matchAll(/<link [^>]*as="font"[^>]*>/g)].map((match) => match[0]);
    expect(fonts.length).toBeGreaterThan(1);
    for (const link of fonts) {
      expect(link).toContain('fetchpriority="low"');
      expect(link).toContain('crossorigin="anonymous"');
      const file = /href="\/(assets\/PretendardVariable\.subset\.\d+-[^"]+\.woff2)"/.exec(
        link,
      )?.[1];
      expect(readdirSync(join(outDir, 'assets'))).toContain(file?.slice('assets/'.length));
    }
  });

  it('preloads the font files of the first rows, however rare their characters', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const preloaded = [...html.matchAll(/<link [^>]*as="font"[^>]*href="([^"]+)"/g)].map(
      (match) => match[1],
    );
    const slices = fontSlices(asset(/^index-.*\.css$/), 'Pretendard Variable');
    const fileOf = (character: string) => {
      const codePoint = character.codePointAt(0) ?? 0;
      return slices.findLast((slice) =>
        slice.ranges.some(([from, to]) => codePoint >= from && codePoint <= to),
      )?.url;
    };
    const common = new Set([...FILLER].map(fileOf));
    // Each rare syllable is alone in its file, so only the rule for the first rows can pick it.
    expect(common.has(fileOf(RARE_ON_FIRST_SCREEN))).toBe(false);
    expect(common.has(fileOf(RARE_FURTHER_DOWN))).toBe(false);
    expect(preloaded).toContain(fileOf(RARE_ON_FIRST_SCREEN));
    expect(preloaded).not.toContain(fileOf(RARE_FURTHER_DOWN));
  });
});
