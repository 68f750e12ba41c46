import type { Plugin, Rolldown } from 'vite';
import { newestDaysFirst } from '../digest/newest-first.ts';

/** The digest the app shows first: digest files are its only text assets, named oldest first. */
export function newestDigest(
  bundle: Rolldown.OutputBundle | undefined,
): Rolldown.OutputAsset | undefined {
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
export function newestDaysFirstDigests(): Plugin {
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
export function preloadDigest(): Plugin {
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

function byteSize(asset: Rolldown.OutputAsset): number {
  return typeof asset.source === 'string' ? Buffer.byteLength(asset.source) : asset.source.length;
}

export function text(asset: Rolldown.OutputAsset): string {
  return typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
}
