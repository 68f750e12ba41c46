import type { Plugin } from 'vite';
import { parseDigest } from '../digest/parse.ts';
import { commonSlices, fontSlices } from '../fonts/font-slices.ts';
import { newestDigest, text } from './digest-assets.ts';

/**
 * The web font comes in 92 files split by unicode-range, and a browser requests one only when it
 * lays out text that needs it. The first screen needs a dozen, which used to arrive one by one
 * after the papers were on screen, each making the page lay out all its text again (five or six
 * full layouts per load, 220-250 ms of layout in all, traced). Preloading the files that hold the
 * first rows' characters and the digest's common ones, at low priority, fetches the same bytes
 * before the papers arrive.
 */
export function preloadFirstScreenFontSlices(): Plugin {
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
