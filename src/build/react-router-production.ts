import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * React Router 7 resolves to its development build in every build (remix-run/react-router#12532,
 * #14102), whose development warnings then print in production. A production build of the app
 * uses the same version's production build, which leaves them out (0.6 KB gzip less JavaScript).
 */
export function reactRouterProductionBuild(): Plugin {
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
