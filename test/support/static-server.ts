import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};
/** The site's feeds are Atom; hosts that know the name say so, so feed readers need not sniff. */
const FEED_TYPE = 'application/atom+xml; charset=utf-8';

/** Files that configure the host and that hosts never serve. */
const HOST_CONFIG_FILES = new Set(['_headers', '_redirects']);

export interface StaticServerOptions {
  /**
   * Sends the headers that the folder's `_headers` file names for each path, as Netlify and
   * Cloudflare Pages do, so that tests see the site with its real security headers.
   */
  applyHeadersFile?: boolean;
}

export interface StaticServer {
  /** Origin with a trailing slash. */
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a built dist/ the way static hosts do (Netlify, Cloudflare Pages, nginx's
 * `try_files $uri $uri.html $uri/index.html /404.html`): a file as it is, a prerendered page
 * `papers/x.html` at `/papers/x` without a redirect, a folder's `index.html`, and `404.html` for
 * anything else (the SPA fallback, answered with 200 as an SPA rewrite does, so the app can show
 * its own not-found page). A precompressed `.br`/`.gz` copy is sent when the browser accepts it:
 * compressing on the fly, as dev servers do, would make large digests look slower than any real
 * host serves them.
 */
export async function serveStatic(
  folder: string,
  options: StaticServerOptions = {},
): Promise<StaticServer> {
  const root = resolve(folder);
  const headerRules = options.applyHeadersFile ? readHeadersFile(join(root, '_headers')) : [];
  const server: Server = createServer((request, response) => {
    let path: string;
    try {
      // Prefixed, not resolved against a base: a request for `//x` would name another host.
      path = decodeURIComponent(new URL(`http://localhost${request.url ?? '/'}`).pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const file = findFile(root, path) ?? findFile(root, '/404.html');
    if (!file) {
      response.writeHead(404, { 'content-type': TYPES['.txt'] }).end('Not found');
      return;
    }
    const headers: Record<string, string> = {
      ...headersFor(headerRules, path),
      'content-type':
        basename(file) === 'feed.xml'
          ? FEED_TYPE
          : (TYPES[extname(file)] ?? 'application/octet-stream'),
      vary: 'accept-encoding',
    };
    const accepts = String(request.headers['accept-encoding'] ?? '');
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
    if (request.method === 'HEAD') response.end();
    else createReadStream(body).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** The first of `path`, `path.html` and `path/index.html` that is a file inside `root`; a folder's path ends in `/`. */
function findFile(root: string, path: string): string | undefined {
  const file = resolve(root, `.${path}`);
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  // An empty segment names no file: a bucket holds no such key, whatever a file system makes of it.
  if (path.includes('//') || HOST_CONFIG_FILES.has(path.slice(1))) return undefined;
  const index = join(file, 'index.html');
  return (path.endsWith('/') ? [index] : [file, `${file}.html`, index]).find(isFile);
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

interface HeaderRule {
  pattern: RegExp;
  headers: Array<[name: string, value: string]>;
}

/**
 * Netlify's `_headers` format, which Cloudflare Pages shares: a path on a line of its own, then
 * its headers indented as `Name: value`. `*` matches anything, slashes included, and `:name` one
 * path segment; `#` starts a comment.
 */
function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const current = rules.at(-1);
    if (/^\s/.test(line)) {
      const colon = line.indexOf(':');
      if (!current || colon < 0) throw new Error(`_headers: a header outside a path: ${line}`);
      current.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    } else {
      rules.push({ pattern: pathPattern(line.trim()), headers: [] });
    }
  }
  return rules;
}

function pathPattern(path: string): RegExp {
  const source = path
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => {
      if (part === '*') return '.*';
      if (part.startsWith(':')) return '[^/]+';
      return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`);
}

function readHeadersFile(path: string): HeaderRule[] {
  return existsSync(path) ? parseHeadersFile(readFileSync(path, 'utf8')) : [];
}

/** Every matching rule applies; a header that several give gets their values joined, as hosts do. */
function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!rule.pattern.test(path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
    }
  }
  return headers;
}
