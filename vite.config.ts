import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import type { Plugin, Rolldown } from 'vite';
// Modules of src/ that this file uses name their own imports with `.ts` too, as Vite's coming
// native config loader (Node's own module loader) will require.
import { newestDaysFirst } from './src/digest/newest-first.ts';
import { parseDigest } from './src/digest/parse.ts';
import { commonSlices, fontSlices } from './src/fonts/font-slices.ts';
import { defineConfig } from 'vitest/config';

/**
 * Static hosts without an SPA fallback serve 404.html for unknown paths; a copy of index.html
 * there lets a deep link such as /papers/:id open the app instead of the host's error page.
 */
function notFoundFallback(): Plugin {
  return {
    name: 'not-found-fallback',
    apply: 'build',
    enforce: 'post',
    generateBundle(_, bundle) {
      const index = bundle['index.html'];
      if (index?.type === 'asset') {
        this.emitFile({ type: 'asset', fileName: '404.html', source: index.source });
      }
    },
  };
}

/**
 * Writes a `.gz` and a `.br` copy next to every compressible file, so static hosts that serve
 * precompressed files (nginx gzip_static, most CDNs) send a large digest at a third of its size
 * without compressing it on every request.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    writeBundle(_, bundle) {
      for (const fileName of Object.keys(bundle)) {
        if (!/\.(js|css|html|txt|svg|json)$/.test(fileName)) continue;
        const path = join(outDir, fileName);
        const content = readFileSync(path);
        if (content.length < 1024) continue;
        writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
        writeFileSync(
          `${path}.br`,
          brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }),
        );
      }
    },
  };
}

/** The digest the app shows first: digest files are its only text assets, named oldest first. */
function newestDigest(bundle: Rolldown.OutputBundle | undefined): Rolldown.OutputAsset | undefined {
  return Object.values(bundle ?? {})
    .flatMap((output) =>
      output.type === 'asset' && output.fileName.endsWith('.txt') ? [output] : [],
    )
    .sort((a, b) => (a.names[0] ?? '').localeCompare(b.names[0] ?? ''))
    .at(-1);
}

/**
 * Serves each digest with its newest day first (see `newestDaysFirst`). Archives grow by appending
 * days, so a file read as it streams in would show its oldest papers first, and the list would
 * change under the reader until the newest arrived at the very end of the download.
 */
function newestDaysFirstDigests(): Plugin {
  return {
    name: 'newest-days-first-digests',
    apply: 'build',
    generateBundle: {
      // Before index.html is written, whose preload links read the digests.
      order: 'pre',
      handler(_, bundle) {
        for (const output of Object.values(bundle)) {
          if (output.type === 'asset' && output.fileName.endsWith('.txt')) {
            output.source = newestDaysFirst(text(output));
          }
        }
      },
    },
  };
}

/**
 * Above this size the newest digest is not preloaded. A preloaded response is received on the
 * main thread as fast as it arrives, all of it, before the app reads a byte: a 23 MB archive held
 * up the app's start by about 100 ms on a 2-core machine. The app starts the download itself as
 * its script runs (see main.tsx) and then reads only as fast as it parses.
 */
const PRELOAD_MAX_BYTES = 4_000_000;

/**
 * Starts downloading the newest digest while the JavaScript is still loading: a preload link in
 * index.html for its hashed asset, which the app's fetch() then picks up.
 */
function preloadDigest(): Plugin {
  return {
    name: 'preload-digest',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_, context) {
        const asset = newestDigest(context.bundle);
        if (!asset || byteSize(asset) > PRELOAD_MAX_BYTES) return [];
        return [
          {
            tag: 'link',
            attrs: {
              rel: 'preload',
              as: 'fetch',
              href: `/${asset.fileName}`,
              crossorigin: 'anonymous',
            },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

/**
 * The web font comes in 92 files split by unicode-range, and a browser requests one only when it
 * lays out text that needs it. The first screen needs a dozen, which used to arrive one by one
 * after the papers were on screen, each making the page lay out all its text again (five or six
 * full layouts per load, 220-250 ms of layout in all, traced). Preloading the files that hold the
 * first rows' characters and the digest's common ones, at low priority, fetches the same bytes
 * before the papers arrive.
 */
function preloadFirstScreenFontSlices(): Plugin {
  return {
    name: 'preload-first-screen-font-slices',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_, context) {
        const digest = newestDigest(context.bundle);
        if (!digest) return [];
        const css = Object.values(context.bundle ?? {})
          .flatMap((output) =>
            output.type === 'asset' && output.fileName.endsWith('.css') ? [text(output)] : [],
          )
          .join('\n');
        const slices = fontSlices(css, WEB_FONT_FAMILY);
        const digestText = text(digest);
        // The first rows need their files however rare their characters: a syllable there with
        // no preloaded file made a late file and one more layout of the page in every load.
        const firstRows = commonSlices(slices, firstRowsText(digestText), 0);
        // Elsewhere a first screen shows a few thousand characters: a file with less than 1 in
        // 10,000 of the digest's is more likely unused there than used, and loads when needed.
        const common = commonSlices(slices, digestText, 1 / 10_000);
        const preloads = [...new Set([...firstRows, ...common])].slice(0, MAX_FONT_PRELOADS);
        return preloads.map((slice) => ({
          tag: 'link',
          attrs: {
            rel: 'preload',
            as: 'font',
            type: 'font/woff2',
            href: slice.url,
            crossorigin: 'anonymous',
            fetchpriority: 'low',
          },
          injectTo: 'head',
        }));
      },
    },
  };
}

/** The most papers a first screen lists: a phone shows four, a tall desktop window ten. */
const FIRST_SCREEN_PAPERS = 12;

/**
 * The text that the list's rows show of the newest papers (see paper-row.tsx): a served digest
 * has its newest day first, so they lead the file.
 */
function firstRowsText(digest: string): string {
  return parseDigest(digest)
    .entries.slice(0, FIRST_SCREEN_PAPERS)
    .flatMap((entry) => [
      entry.title,
      ...entry.authors,
      entry.commentary.split('\n', 1)[0] ?? '',
      ...entry.tags,
    ])
    .join('\n');
}

/** At most about 450 KB of font files, whatever scripts a digest mixes. */
const MAX_FONT_PRELOADS = 16;

/** The family that src/styles/app.css puts first in the sans-serif stack. */
const WEB_FONT_FAMILY = 'Pretendard Variable';

function byteSize(asset: Rolldown.OutputAsset): number {
  return typeof asset.source === 'string' ? Buffer.byteLength(asset.source) : asset.source.length;
}

function text(asset: Rolldown.OutputAsset): string {
  return typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
}

/**
 * React Router 7 resolves to its development build in every build (remix-run/react-router#12532,
 * #14102), whose development warnings then print in production. A production build of the app
 * uses the same version's production build, which leaves them out (0.6 KB gzip less JavaScript).
 */
function reactRouterProductionBuild(): Plugin {
  return {
    name: 'react-router-production-build',
    apply: 'build',
    enforce: 'pre',
    resolveId(source) {
      if (source === 'react-router') {
        return resolve('node_modules/react-router/dist/production/index.mjs');
      }
      return null;
    },
  };
}

export default defineConfig({
  plugins: [
    reactRouterProductionBuild(),
    react(),
    tailwindcss(),
    newestDaysFirstDigests(),
    preloadDigest(),
    preloadFirstScreenFontSlices(),
    notFoundFallback(),
    precompress(),
  ],
  build: {
    rolldownOptions: {
      // src/text is plain functions and constant tables (see its index.ts). Saying so lets a chunk
      // that imports its index for formatCount leave the TeX typesetter to the late chunks that
      // use it, instead of loading it first for side effects it does not have.
      treeshake: { moduleSideEffects: (id) => !/[\\/]src[\\/]text[\\/]/.test(id) },
    },
  },
  resolve: {
    // DIGEST_DIR builds the app around other digest files (benchmarks use a 10× archive).
    alias: { '@data': resolve(process.env.DIGEST_DIR ?? 'data') },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['test/**/*.test.tsx'],
          exclude: ['test/e2e/**'],
          setupFiles: ['test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          // One browser at a time: the CI machine has two cores and Chromium wants both.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
