import { resolve } from 'node:path';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
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

// DIGEST_FILE builds the app around another digest (benchmarks use a 10× archive).
const digestFile = process.env.DIGEST_FILE;

export default defineConfig({
  plugins: [react(), tailwindcss(), notFoundFallback()],
  resolve: {
    alias: digestFile
      ? [{ find: /^[./]*\/data\/digest\.txt(?=\?|$)/, replacement: resolve(digestFile) }]
      : [],
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
