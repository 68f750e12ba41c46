import type { Plugin } from 'vite';
import { bookmarkBootScript } from '../library/bookmark-boot.ts';

/**
 * Puts the bookmarks' boot script (see `bookmarkBootScript`) right after `<div id="root">`: a page
 * rendered ahead of time has its toggles there by then, and the browser runs the script before it
 * paints them. The page's Content-Security-Policy allows it by its hash, like the theme's.
 */
export function bookmarkBootScriptAfterRoot(): Plugin {
  return {
    name: 'bookmark-boot-script-after-root',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        return html.replace(
          '<div id="root"></div>',
          () => `<div id="root"></div><script>${bookmarkBootScript()}</script>`,
        );
      },
    },
  };
}
