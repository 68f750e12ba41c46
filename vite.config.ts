import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
// The build's own plugins live in src/build, one module each. Modules of src/ that this file uses
// name their own imports with `.ts` too, as Vite's coming native config loader (Node's own module
// loader) will require.
import { contentSecurityPolicy } from './src/build/content-security-policy.ts';
import { bookmarkBootScriptAfterRoot } from './src/build/bookmark-boot-script.ts';
import { newestDaysFirstDigests, preloadDigest } from './src/build/digest-assets.ts';
import { notFoundFallback } from './src/build/not-found-fallback.ts';
import { precompress } from './src/build/precompress.ts';
import { prerenderPages } from './src/build/prerender.ts';
import { reactRouterProductionBuild } from './src/build/react-router-production.ts';
import { serviceWorker } from './src/build/service-worker.ts';
import { themeBootScriptInHead } from './src/build/theme-boot-script.ts';
import { siteSettings } from './src/site/index.ts';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [
    reactRouterProductionBuild(),
    react(),
    tailwindcss(),
    themeBootScriptInHead(),
    bookmarkBootScriptAfterRoot(),
    newestDaysFirstDigests(),
    preloadDigest(),
    notFoundFallback(),
    contentSecurityPolicy(),
    precompress(),
    // SITE_URL: the site's address, for canonical links, Open Graph, the sitemap and the feeds.
    prerenderPages({ site: siteSettings(process.env.SITE_URL) }),
    serviceWorker(),
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
          // Plain modules with no DOM and no module mocks: one module graph per thread, instead of
          // one process per file, halves this project's time (67 s to 34 s on two cores).
          pool: 'threads',
          isolate: false,
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
          // Two files at a time: much of each test waits on a server, a worker or a timer, so on
          // the two-core CI machine two browsers take 223 s where one at a time took 292 s.
          maxWorkers: 2,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
