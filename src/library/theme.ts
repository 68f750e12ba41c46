import { readItem, writeItem } from './storage';

export type ThemePreference = 'system' | 'light' | 'dark';

const THEME = 'theme';

/** The reader's saved theme; anything unexpected in storage means "follow the system". */
export function loadThemePreference(): ThemePreference {
  const stored = readItem(THEME);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

export function saveThemePreference(preference: ThemePreference): boolean {
  return writeItem(THEME, preference);
}
