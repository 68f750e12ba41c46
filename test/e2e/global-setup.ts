import { spawn } from 'node:child_process';
import { readdir, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../support/chromium';
import { serveStatic } from '../support/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the static server for `dist/`, with a trailing slash. */
    baseURL: string;
    chromiumPath: string;
  }
}

// Everything that can change the bundle. The stamp is written only after a successful build, and
// `vite build` empties dist/, so a build started by hand can never pass for a fresh e2e build.
const BUILD_INPUTS = [
  'index.html',
  'vite.config.ts',
  'tsconfig.json',
  'package-lock.json',
  'node_modules/.package-lock.json',
  'src',
  'data',
  'public',
];
const BUILD_STAMP = 'dist/.e2e-build-stamp';

export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = project.config.root;

  const chromium = await findChromium();
  console.log(`e2e: Chromium from ${chromium.source}: ${chromium.path}`);
  project.provide('chromiumPath', chromium.path);

  if (await isBuildStale(root)) await buildApp(root);
  else console.log('e2e: dist/ is up to date, skipping the build');

  const server = await serveStatic(join(root, 'dist'));
  project.provide('baseURL', server.url);

  return () => server.close();
}

async function isBuildStale(root: string): Promise<boolean> {
  const stamp = await modifiedAt(join(root, BUILD_STAMP));
  if (stamp === undefined) return true;
  for (const input of BUILD_INPUTS) {
    if ((await newestModification(join(root, input))) > stamp) return true;
  }
  return false;
}

/** Newest mtime in a file tree; directories count too, so deleted files are noticed. */
async function newestModification(path: string): Promise<number> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const children = await readdir(path);
  const times = await Promise.all(children.map((child) => newestModification(join(path, child))));
  return Math.max(info.mtimeMs, ...times);
}

async function modifiedAt(path: string): Promise<number | undefined> {
  const info = await stat(path).catch(() => undefined);
  return info?.mtimeMs;
}

// A child process, because vitest sets NODE_ENV=test and a build in this process would bundle
// React's development build instead of what users get.
async function buildApp(root: string): Promise<void> {
  console.log('e2e: building the app');
  const startedAt = new Date();
  const child = spawn(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (exitCode !== 0) throw new Error(`vite build failed with exit code ${exitCode}:\n${output}`);
  // Dated to the build's start, so a source edited while the build ran still counts as newer.
  const stamp = join(root, BUILD_STAMP);
  await writeFile(stamp, '');
  await utimes(stamp, startedAt, startedAt);
}
