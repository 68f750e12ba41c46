import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/**
 * Builds the site, prerendering included, around `digest` (written as `digest.txt` in a folder of
 * `work`) into `work/<name>`, and returns that folder. In a child process: vitest sets
 * NODE_ENV=test, and the build must be the one readers get.
 */
export function buildSite({
  work,
  digest,
  name = 'dist',
  siteUrl = '',
  log = false,
}: {
  work: string;
  digest: string;
  name?: string;
  /** SITE_URL for the build; empty leaves out what needs it. */
  siteUrl?: string;
  /** Shows the build's own output, as benchmarks do. */
  log?: boolean;
}): string {
  const data = join(work, `${name}-data`);
  mkdirSync(data, { recursive: true });
  writeFileSync(join(data, 'digest.txt'), digest);
  const outDir = join(work, name);
  const build = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production', DIGEST_DIR: data, SITE_URL: siteUrl },
      encoding: 'utf8',
      stdio: log ? 'inherit' : 'pipe',
    },
  );
  if (build.status !== 0) throw new Error(`vite build failed:\n${build.stderr ?? ''}`);
  return outDir;
}
