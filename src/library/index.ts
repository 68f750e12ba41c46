/**
 * What the app keeps for the reader in the browser, behind one guarded storage module with
 * versioned keys. Plain TypeScript, no React.
 */
export { readItem, removeItem, storageKey, writeItem, type Store } from './storage';
export { loadThemePreference, saveThemePreference, type ThemePreference } from './theme';
