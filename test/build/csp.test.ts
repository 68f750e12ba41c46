import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  headersFile,
  inlineScriptHashes,
  policyFor,
  REFERRER_POLICY,
} from '../../src/build/content-security-policy';
import { themeBootScript } from '../../src/library/theme';

function hashOf(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

/** The directives of `policy` by name, each with its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

const BOOT = themeBootScript();

/** A built page: the theme's boot script, the app's module, and data blocks that never run. */
const PAGE = `<!doctype html>
<html lang="ko">
  <head>
    <meta charset="UTF-8" />
    <script>${BOOT}</script>
    <title>논문 다이제스트</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <script type="application/ld+json">{"@type":"ScholarlyArticle","name":"</scr"}</script>
  </head>
  <body>
    <div id="root"><p style="margin: 0">Yi</p></div>
    <script type="application/json" id="prerendered-digest">{"path":"/"}</script>
  </body>
</html>
`;

/** Runs the plugin over `pages` as the build would, returning the pages and emitted files. */
function build(pages: Record<string, string>): Map<string, string> {
  const bundle = Object.fromEntries(
    Object.entries(pages).map(([fileName, source]) => [
      fileName,
      { type: 'asset', fileName, source, names: [], originalFileNames: [] },
    ]),
  );
  const files = new Map<string, string>();
  const context = {
    emitFile: (file: { fileName: string; source: string }) => {
      files.set(file.fileName, file.source);
      return file.fileName;
    },
    error: (message: string) => {
      throw new Error(message);
    },
  };
  const hook = contentSecurityPolicy().generateBundle;
  if (!hook || typeof hook === 'function') throw new Error('expected an ordered generateBundle');
  void hook.handler.call(context as never, {} as never, bundle as never, false);
  for (const [fileName, output] of Object.entries(bundle)) files.set(fileName, output.source);
  return files;
}

function metaPolicy(html: string): string {
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
  if (policy === undefined) throw new Error('no policy <meta>');
  return policy;
}

describe('inline script hashes', () => {
  it('hash each inline script that runs, exactly as written', () => {
    expect(inlineScriptHashes(PAGE)).toEqual([hashOf(BOOT)]);
  });

  it('skip external scripts and data blocks, and count each script once', () => {
    const html = [
      '<script src="/a.js"></script>',
      '<script type="application/json">{"a":1}</script>',
      '<script type="application/ld+json">{}</script>',
      '<script type="text/plain">not run</script>',
      '<script>one()</script>',
      '<script>one()</script>',
    ].join('\n');
    expect(inlineScriptHashes(html)).toEqual([hashOf('one()')]);
  });

  it('include every type a browser runs or checks against script-src', () => {
    const runs = [
      '<script>a()</script>',
      '<script type="">b()</script>',
      '<script type="text/javascript">c()</script>',
      "<script type='application/javascript'>d()</script>",
      '<SCRIPT TYPE=" Module ">e()</SCRIPT>',
      '<script type="importmap">{"imports":{}}</script>',
      '<script type="speculationrules">{"prefetch":[]}</script>',
      '<script defer\ntype=text/ecmascript>f()</script >',
    ];
    expect(inlineScriptHashes(runs.join(''))).toEqual(
      ['a()', 'b()', 'c()', 'd()', 'e()', '{"imports":{}}', '{"prefetch":[]}', 'f()'].map(hashOf),
    );
  });

  it('hash multi-line and non-ASCII sources as UTF-8', () => {
    const source = "\n  document.title = '논문';\n";
    expect(inlineScriptHashes(`<script>${source}</script>`)).toEqual([hashOf(source)]);
  });
});

describe('the policy', () => {
  const policy = policyFor([hashOf(BOOT)]);
  const byName = directives(policy);

  it('holds every directive the site needs', () => {
    expect(Object.fromEntries(byName)).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'", hashOf(BOOT)],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'"],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'", 'https:', 'http://localhost:*', 'http://127.0.0.1:*', 'blob:'],
      'worker-src': ["'self'"],
      'manifest-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
    });
  });

  it('runs no inline script, handler or eval beyond the hashed ones', () => {
    const scripts = byName.get('script-src') ?? [];
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts.filter((source) => source !== "'self'")).toEqual([hashOf(BOOT)]);
    expect(policy).not.toMatch(/unsafe-eval|unsafe-hashes|\*;/);
  });

  it('leaves out what only a header may say, and can stand in an attribute', () => {
    expect(byName.has('frame-ancestors')).toBe(false);
    expect(policy).not.toMatch(/["<>&]/);
  });
});

describe('the plugin', () => {
  const files = build({ 'index.html': PAGE, '404.html': PAGE });

  it('puts the policy and the referrer policy first in each page, after the charset', () => {
    for (const name of ['index.html', '404.html']) {
      const html = files.get(name) ?? '';
      const head = html.slice(html.indexOf('<head>') + '<head>'.length).trim();
      const tags = head.split('\n').map((line) => line.trim());
      expect(tags[0]).toBe('<meta charset="UTF-8" />');
      expect(tags[1]).toMatch(/^<meta http-equiv="Content-Security-Policy" content="/);
      expect(tags[2]).toBe(`<meta name="referrer" content="${REFERRER_POLICY}" />`);
      expect(tags[3]).toBe(`<script>${BOOT}</script>`);
    }
  });

  it("allows exactly the page's own inline scripts, as served", () => {
    const html = files.get('index.html') ?? '';
    const allowed = directives(metaPolicy(html)).get('script-src') ?? [];
    expect(allowed).toEqual(["'self'", ...inlineScriptHashes(html)]);
    expect(allowed).toEqual(["'self'", hashOf(BOOT)]);
  });

  it('writes the same policy to _headers, with framing forbidden, nosniff, immutable assets and a service worker never cached', () => {
    const policy = metaPolicy(files.get('index.html') ?? '');
    expect(files.get('_headers')).toBe(headersFile(policy));
    expect(headersFile(policy)).toBe(
      [
        '# Written by the build (src/build/content-security-policy.ts).',
        '/*',
        `  Content-Security-Policy: ${policy}; frame-ancestors 'none'`,
        '  Referrer-Policy: strict-origin-when-cross-origin',
        '  X-Content-Type-Options: nosniff',
        '',
        '/assets/*',
        '  Cache-Control: public, max-age=31536000, immutable',
        '',
        '/sw.js',
        '  Cache-Control: no-cache',
        '',
      ].join('\n'),
    );
  });

  it('lets the header allow the inline scripts of every page', () => {
    const other = PAGE.replace('</head>', '<script>other()</script></head>');
    const built = build({ 'index.html': PAGE, 'other.html': other });
    const header = /Content-Security-Policy: (.*)/.exec(built.get('_headers') ?? '')?.[1] ?? '';
    expect(directives(header).get('script-src')).toEqual([
      "'self'",
      hashOf(BOOT),
      hashOf('other()'),
    ]);
    expect(directives(metaPolicy(built.get('index.html') ?? '')).get('script-src')).toEqual([
      "'self'",
      hashOf(BOOT),
    ]);
  });
});
