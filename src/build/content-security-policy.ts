import { createHash } from 'node:crypto';
import type { Plugin, Rolldown } from 'vite';
import { text } from './digest-assets.ts';
import { insertAfterCharset } from './html-head.ts';
import { SERVICE_WORKER_FILE } from '../features/offline/offline-contract.ts';

/**
 * What the site's pages may load and run. Scripts come from the site itself, plus the inline
 * scripts of its pages by their hashes; never inline event handlers, `javascript:` URLs or eval,
 * so that digest text that slipped into the page as HTML still could not run.
 */
const DIRECTIVES: ReadonlyArray<[name: string, sources: string]> = [
  ['default-src', "'self'"],
  // The inline sources of each page are added by their hashes (see policyFor).
  ['script-src', "'self'"],
  // KaTeX positions its glyphs with style attributes, which pages rendered ahead of time carry
  // as HTML, and index.html has one of its own.
  ['style-src', "'self' 'unsafe-inline'"],
  // Icons are the site's own files; Markdown images are never shown.
  ['img-src', "'self'"],
  // The web fonts are the site's own files, but the build inlines those under 4 KB into their
  // stylesheet (one of KaTeX's) as data: URLs.
  ['font-src', "'self' data:"],
  // `?src=` opens a digest at any HTTPS address, or at one the reader serves on their own
  // machine (browsers let an HTTPS page fetch from localhost); a dropped file is read as a blob.
  ['connect-src', "'self' https: http://localhost:* http://127.0.0.1:* blob:"],
  // The parser and the search index run as module workers built into /assets; the service
  // worker is /sw.js.
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

/** Only a header can say this; browsers ignore it, and complain, in a `<meta>` policy. */
const HEADER_ONLY_DIRECTIVES = "frame-ancestors 'none'";

/** Other sites learn which site a reader came from, never which paper or search. */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/**
 * The policy for a page whose inline scripts hash to `scriptHashes`, as a `<meta>` may carry it.
 */
export function policyFor(scriptHashes: readonly string[]): string {
  return DIRECTIVES.map(([name, sources]) =>
    name === 'script-src' ? [name, sources, ...scriptHashes].join(' ') : `${name} ${sources}`,
  ).join('; ');
}

/**
 * The CSP source (`'sha256-…'`) of every inline script in `html` that a browser would run, or
 * would check against `script-src` (import maps and speculation rules). Data blocks such as
 * `application/json` and `application/ld+json` are neither, and need none.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = '', source = ''] of html.matchAll(SCRIPT_ELEMENT)) {
    const attribute = attributeReader(attributes);
    if (attribute('src') !== undefined || !isCheckedScriptType(attribute('type'))) continue;
    hashes.add(`'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function attributeReader(attributes: string): (name: string) => string | undefined {
  const values = new Map<string, string>();
  for (const [, name = '', double, single, bare] of attributes.matchAll(ATTRIBUTE)) {
    const key = name.toLowerCase();
    if (!values.has(key)) values.set(key, double ?? single ?? bare ?? '');
  }
  return (name) => values.get(name);
}

/** The JavaScript MIME types of the HTML standard, with which a script runs as a classic one. */
const JAVASCRIPT_TYPE =
  /^(?:(?:text|application)\/(?:x-)?(?:java|ecma)script|text\/javascript1\.[0-5]|text\/(?:jscript|livescript))$/;

function isCheckedScriptType(type: string | undefined): boolean {
  const essence = (type ?? '').trim().toLowerCase();
  return (
    essence === '' ||
    JAVASCRIPT_TYPE.test(essence) ||
    ['module', 'importmap', 'speculationrules'].includes(essence)
  );
}

/**
 * The `_headers` file of Netlify and Cloudflare Pages: the pages' policy as a header, where it
 * can also forbid framing, with the referrer policy and no MIME sniffing for every response, and
 * a year's caching for /assets, whose names change with their content. The service worker is
 * asked for afresh every time: browsers look at it to find a new deployment, which a cached copy
 * would hide. Every rule that matches a path applies, and hosts join the values of a header that
 * two rules set, so each header is set by one rule only.
 */
export function headersFile(policy: string): string {
  return [
    '# Written by the build (src/build/content-security-policy.ts).',
    '/*',
    `  Content-Security-Policy: ${policy}; ${HEADER_ONLY_DIRECTIVES}`,
    `  Referrer-Policy: ${REFERRER_POLICY}`,
    '  X-Content-Type-Options: nosniff',
    '',
    '/assets/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
    `/${SERVICE_WORKER_FILE}`,
    '  Cache-Control: no-cache',
    '',
  ].join('\n');
}

/**
 * Gives every built page a Content-Security-Policy `<meta>` that allows exactly its own inline
 * scripts, and a referrer policy, and writes the same as headers to `_headers` for hosts that read
 * it. Built pages only: the development server runs inline scripts of its own.
 *
 * Last of all, after every plugin has written its part of the pages (the 404 copy included), so
 * that the hashes are those of the scripts as served. Pages that the build renders ahead of time
 * are made from the finished index.html, so they carry its policy and must add no inline script
 * that runs.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        const pages = Object.values(bundle).filter(
          (output): output is Rolldown.OutputAsset =>
            output.type === 'asset' && output.fileName.endsWith('.html'),
        );
        const allHashes = new Set<string>();
        for (const page of pages) {
          const html = text(page);
          const hashes = inlineScriptHashes(html);
          for (const hash of hashes) allHashes.add(hash);
          page.source = insertAfterCharset(
            html,
            [
              `<meta http-equiv="Content-Security-Policy" content="${policyFor(hashes)}" />`,
              `<meta name="referrer" content="${REFERRER_POLICY}" />`,
            ].join('\n    '),
          );
        }
        if (pages.length === 0) this.error('The build wrote no page to give a policy');
        this.emitFile({
          type: 'asset',
          fileName: '_headers',
          source: headersFile(policyFor([...allHashes])),
        });
      },
    },
  };
}
