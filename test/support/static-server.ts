import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Serves a built dist/ the way a plain static host does: files as they are, the precompressed
 * `.br`/`.gz` copy when the browser accepts it, and `404.html` for unknown paths (the SPA fallback
 * for hosts without rewrites). Compressing on the fly, as dev servers do, would make large digests
 * look slower than any real host serves them.
 */
export async function serveStatic(
  folder: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const root = resolve(folder);
  const server: Server = createServer((request, response) => {
    // Prefixed, not resolved against a base: a request for `//x` would name another host.
    const path = decodeURIComponent(new URL(`http://localhost${request.url ?? '/'}`).pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) {
      file = join(root, path === '/' ? 'index.html' : '404.html');
    }
    const accepts = String(request.headers['accept-encoding'] ?? '');
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      vary: 'accept-encoding',
    };
    let body = file;
    for (const [encoding, suffix] of [
      ['br', '.br'],
      ['gzip', '.gz'],
    ] as const) {
      if (accepts.includes(encoding) && existsSync(file + suffix)) {
        body = file + suffix;
        headers['content-encoding'] = encoding;
        break;
      }
    }
    headers['content-length'] = String(statSync(body).size);
    response.writeHead(200, headers);
    createReadStream(body).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
