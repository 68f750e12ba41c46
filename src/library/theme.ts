import { readItem, storageKey, writeItem } from './storage.ts';

export type ThemePreference = 'system' | 'light' | 'dark';

const THEME = 'theme';

/** Under this media query, a reader who follows the system reads in dark mode. */
const SYSTEM_DARK_QUERY = '(prefers-color-scheme: dark)';

/** The reader's saved theme; anything unexpected in storage means "follow the system". */
export function loadThemePreference(): ThemePreference {
  const stored = readItem(THEME);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

export function saveThemePreference(preference: ThemePreference): boolean {
  return writeItem(THEME, preference);
}

/**
 * The source of the inline script that the build puts at the top of every page's `<head>`: it sets
 * the `dark` class the styles key on before the first paint, so that a page rendered ahead of time
 * never shows a dark-mode reader its light colours while the app's script is still loading. It
 * reads the preference as `loadThemePreference` does (same key; anything but `light` or `dark`,
 * and storage that is blocked, mean "follow the system"), and it is plain ES5 with no global
 * names of its own, since it runs before anything else on the page.
 */
export function themeBootScript(): string {
  const key = JSON.stringify(storageKey(THEME));
  const query = JSON.stringify(SYSTEM_DARK_QUERY);
  return (
    `(function(){var p;try{p=localStorage.getItem(${key})}catch(e){}` +
    `var d=p==="dark"||p!=="light"&&typeof matchMedia==="function"&&matchMedia(${query}).matches;` +
    `document.documentElement.classList.toggle("dark",d)})()`
  );
}
