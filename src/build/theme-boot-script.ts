import type { Plugin } from 'vite';
import { themeBootScript } from '../library/theme.ts';
import { insertAfterCharset } from './html-head.ts';

/**
 * Puts the theme's boot script (see `themeBootScript`) at the top of `<head>`, right after the
 * charset: ahead of the stylesheet, it runs at once instead of waiting for it, and before anything
 * is drawn, so a page rendered ahead of time paints in the reader's theme from its first frame. In
 * the development server too, so that both show the same first frame.
 */
export function themeBootScriptInHead(): Plugin {
  return {
    name: 'theme-boot-script-in-head',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        return insertAfterCharset(html, `<script>${themeBootScript()}</script>`);
      },
    },
  };
}
