import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { useHydrated } from '../../components/ui/use-hydrated';
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

/** The header's background in each theme (white, zinc-950), for the browser's own toolbar. */
export const THEME_COLORS = { light: '#ffffff', dark: '#09090b' } as const;

/**
 * Sets the `dark` class the styles key on; called before the first render too, so no flash. The
 * page names a theme colour for each system theme, and the reader's choice may differ from the
 * system's: every `theme-color` then takes the chosen theme's colour.
 */
export function applyTheme(dark: boolean): void {
  document.documentElement.classList.toggle('dark', dark);
  for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')) {
    meta.content = dark ? THEME_COLORS.dark : THEME_COLORS.light;
  }
}

export function initialThemeIsDark(): boolean {
  const preference = loadThemePreference();
  return preference === 'system' ? systemPrefersDark() : preference === 'dark';
}

/**
 * The theme follows the system until the reader picks one, and that choice is remembered. A
 * system change applies again whenever the preference is "system".
 *
 * While a page rendered ahead of time is taken over, the theme is not known to the render (the
 * page was rendered for no one): `dark` is null then, and nothing is applied, since the inline
 * script in the page's head has set the reader's theme already.
 */
export function useTheme(): { dark: boolean | null; toggle: () => void } {
  const known = useHydrated();
  const [chosen, setChosen] = useState<ThemePreference | null>(null);
  const preference = chosen ?? (known ? loadThemePreference() : null);
  const systemDark = useSyncExternalStore(subscribeToSystem, systemPrefersDark, () => false);
  const dark =
    preference === null ? null : preference === 'system' ? systemDark : preference === 'dark';

  useEffect(() => {
    if (dark !== null) applyTheme(dark);
  }, [dark]);

  const toggle = useCallback(() => {
    const next: ThemePreference =
      (dark ?? document.documentElement.classList.contains('dark')) ? 'light' : 'dark';
    saveThemePreference(next);
    setChosen(next);
  }, [dark]);

  return { dark, toggle };
}
