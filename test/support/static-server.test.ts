import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from './static-server';

const HEADERS_FILE = `# Every page
/*
  X-Content-Type-Options: nosniff
  Cache-Control: no-cache

/assets/*
  Cache-Control: public, max-age=31536000, immutable

/papers/:id
  X-Robots-Tag: all
`;

let folder: string;
let plain: StaticServer;
let withHeaders: StaticServer;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'static-server-'));
  const write = (path: string, content: string | Buffer) => {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), content);
  };
  write('index.html', 'home');
  write('404.html', 'fallback');
  write('papers/2024-03-08-yi.html', 'paper page');
  write('tags/llm.html', 'tag page');
  write('tags/llm/feed.xml', '<feed/>');
  write('feed.xml', '<feed/>');
  write('sitemap.xml', '<urlset/>');
  write('favicon.ico', 'icon');
  write('manifest.webmanifest', '{}');
  write('about/index.html', 'about page');
  write('assets/app.js', 'plain script');
  write('assets/app.js.br', brotliCompressSync('script'));
  write('assets/app.js.gz', gzipSync('script'));
  write('_headers', HEADERS_FILE);
  plain = await serveStatic(folder);
  withHeaders = await serveStatic(folder, { applyHeadersFile: true });
});

afterAll(async () => {
  await plain.close();
  await withHeaders.close();
  rmSync(folder, { recursive: true, force: true });
});

/** Fetches `path` as written: `new URL` would tidy away the oddities some tests send. */
function get(server: StaticServer, path: string, init?: RequestInit): Promise<Response> {
  return fetch(`${server.url.replace(/\/$/, '')}${path}`, init);
}

async function text(path: string): Promise<string> {
  return (await get(plain, path)).text();
}

describe('which file answers a path', () => {
  it('answers / with index.html', async () => {
    expect(await text('/')).toBe('home');
  });

  it('answers a page path with its prerendered .html file, without a redirect', async () => {
    const response = await get(plain, '/papers/2024-03-08-yi', { redirect: 'manual' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('paper page');
  });

  it('prefers a page file to the folder of the same name', async () => {
    expect(await text('/tags/llm')).toBe('tag page');
    expect(await text('/tags/llm/feed.xml')).toBe('<feed/>');
  });

  it("answers a folder's path with its index.html", async () => {
    expect(await text('/about')).toBe('about page');
    expect(await text('/about/')).toBe('about page');
  });

  it('answers unknown paths with the SPA fallback, as a rewrite does', async () => {
    for (const path of ['/papers/unknown', '/tags/llm/', '/papers/2024-03-08-yi/', '/bookmarks']) {
      const response = await get(plain, path);
      expect(response.status, path).toBe(200);
      expect(await response.text(), path).toBe('fallback');
    }
  });

  it('answers a path that starts with two slashes instead of failing on it', async () => {
    // An unknown path, answered as hosts answer one: with the app's fallback page.
    expect(await text('//?from=2024-03-08')).toBe('fallback');
  });

  it('never serves a file outside its folder or the host configuration', async () => {
    expect(await text('/%2e%2e/%2e%2e/etc/passwd')).toBe('fallback');
    expect(await text('/_headers')).toBe('fallback');
  });

  it('answers HEAD with the headers alone', async () => {
    const response = await get(plain, '/papers/2024-03-08-yi', { method: 'HEAD' });
    expect(response.headers.get('content-length')).toBe(String('paper page'.length));
    expect(await response.text()).toBe('');
  });

  it('refuses a path that is not valid percent-encoding', async () => {
    expect((await get(plain, '/%E0%A4%A')).status).toBe(400);
  });
});

describe('content types', () => {
  it.each([
    ['/', 'text/html; charset=utf-8'],
    ['/papers/2024-03-08-yi', 'text/html; charset=utf-8'],
    ['/sitemap.xml', 'application/xml; charset=utf-8'],
    ['/feed.xml', 'application/atom+xml; charset=utf-8'],
    ['/tags/llm/feed.xml', 'application/atom+xml; charset=utf-8'],
    ['/favicon.ico', 'image/x-icon'],
    ['/manifest.webmanifest', 'application/manifest+json'],
  ])('serves %s as %s', async (path, type) => {
    expect((await get(plain, path)).headers.get('content-type')).toBe(type);
  });
});

describe('precompressed files', () => {
  it('sends the brotli copy to a browser that accepts it, then gzip, then the file', async () => {
    for (const [accepts, encoding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['identity', null],
    ] as const) {
      const response = await get(plain, '/assets/app.js', {
        headers: { 'accept-encoding': accepts },
      });
      expect(response.headers.get('content-encoding')).toBe(encoding);
      expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(response.headers.get('vary')).toBe('accept-encoding');
      // fetch decodes what it is sent, so each copy reads as the script it holds.
      expect(await response.text()).toBe(encoding ? 'script' : 'plain script');
    }
  });
});

describe('headers from _headers', () => {
  it('sends none unless asked to', async () => {
    expect((await get(plain, '/')).headers.get('x-content-type-options')).toBeNull();
  });

  it('applies a rule for every path to pages, files and the fallback alike', async () => {
    for (const path of ['/', '/papers/2024-03-08-yi', '/favicon.ico', '/unknown']) {
      const response = await get(withHeaders, path);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  it('joins the values of a header that several matching rules give', async () => {
    const response = await get(withHeaders, '/assets/app.js');
    expect(response.headers.get('cache-control')).toBe(
      'no-cache, public, max-age=31536000, immutable',
    );
  });

  it('matches a :placeholder to one path segment only', async () => {
    expect((await get(withHeaders, '/papers/2024-03-08-yi')).headers.get('x-robots-tag')).toBe(
      'all',
    );
    expect((await get(withHeaders, '/papers/a/b')).headers.get('x-robots-tag')).toBeNull();
  });
});
