import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serveStatic } from './static-server';

let folder: string;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'static-server-'));
  writeFileSync(join(folder, 'index.html'), 'home');
  writeFileSync(join(folder, '404.html'), 'fallback');
  server = await serveStatic(folder);
});

afterAll(async () => {
  await server.close();
  rmSync(folder, { recursive: true, force: true });
});

it('answers a path that starts with two slashes instead of failing on it', async () => {
  const response = await fetch(`${server.url.replace(/\/$/, '')}//?from=2024-03-08`);
  // An unknown path, answered as hosts answer one: with the app's fallback page.
  expect(await response.text()).toBe('fallback');
});
