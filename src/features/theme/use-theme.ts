import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { loadThemePreference, saveThemePreference, type ThemePreference } from '../../library';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches;
}

function subscribeToSystem(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => undefined;
  const query = matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** Sets the `dark` class the styles key on; called before the first render too, so no flash. */
export function applyTheme(dark: boolean): void {
  document.documentElement.classList.toggle('dark', dark);
}

export function initialThemeIsDark(): boolean {
  const preference = loadThemePreference();
  return preference === 'system' ? systemPrefersDark() : preference === 'dark';
}

/**
 * The theme follows the system until the reader picks one, and that choice is remembered. A
 * system change applies again whenever the preference is "system".
 */
export function useTheme(): { dark: boolean; preference: ThemePreference; toggle: () => void } {
  const [preference, setPreference] = useState(loadThemePreference);
  const systemDark = useSyncExternalStore(subscribeToSystem, systemPrefersDark, () => false);
  const dark = preference === 'system' ? systemDark : preference === 'dark';

  useEffect(() => applyTheme(dark), [dark]);

  const toggle = useCallback(() => {
    const next: ThemePreference = dark ? 'light' : 'dark';
    saveThemePreference(next);
    setPreference(next);
  }, [dark]);

  return { dark, preference, toggle };
}
