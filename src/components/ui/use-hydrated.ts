import { useSyncExternalStore } from 'react';

const neverChanges = () => () => undefined;
const inBrowser = () => true;
const onServerOrHydrating = () => false;

/**
 * False while a page is rendered ahead of time and while the browser takes that page over, true
 * from the render after (and from the first render of a page drawn anew). What only the browser
 * knows (the reader's theme, their library) is read once this is true, so that taking a page over
 * renders exactly what the page holds.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(neverChanges, inBrowser, onServerOrHydrating);
}
