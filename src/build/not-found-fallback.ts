import type { Plugin } from 'vite';

/**
 * Static hosts without an SPA fallback serve 404.html for unknown paths; a copy of index.html
 * there lets a deep link such as /papers/:id open the app instead of the host's error page.
 */
export function notFoundFallback(): Plugin {
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
