import { libraryStorageKey } from './library-store.ts';

/** The attribute that names the paper a bookmark toggle saves. */
export const BOOKMARK_FOR_ATTRIBUTE = 'data-bookmark-for';

/**
 * The source of the inline script that the build puts right after a page's rendered content: it
 * presses the bookmark toggles of the papers the reader has saved before the first paint, so that
 * a page rendered ahead of time (which was rendered for no one) never shows a saved paper unsaved
 * until the app has loaded. It sets only `aria-pressed`, which the toggles are drawn from; the app
 * then takes over with the same state. Plain ES5; a missing, blocked or corrupted library presses
 * nothing.
 */
export function bookmarkBootScript(): string {
  const key = JSON.stringify(libraryStorageKey());
  const attribute = JSON.stringify(BOOKMARK_FOR_ATTRIBUTE);
  return (
    `(function(){try{var b=JSON.parse(localStorage.getItem(${key})).bookmarks;` +
    `var t=document.querySelectorAll("[" + ${attribute} + "]");` +
    `for(var i=0;i<t.length;i++){var id=t[i].getAttribute(${attribute});` +
    `if(b&&typeof b==="object"&&Object.prototype.hasOwnProperty.call(b,id))t[i].setAttribute("aria-pressed","true")}}catch(e){}})()`
  );
}
