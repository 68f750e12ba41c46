import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  loadThemePreference,
  saveThemePreference,
  storageKey,
  type ThemePreference,
} from '../../src/library';
import { themeBootScript } from '../../src/library/theme';

/** Storage that refuses every read, as blocked storage does. */
const BLOCKED = Symbol('blocked storage');

type StoredTheme = string | null | typeof BLOCKED;

interface Page {
  /** Whether the boot script left the `dark` class on <html>. */
  dark: boolean;
}

/**
 * Runs the boot script as a page would, in a context with nothing but the fakes: localStorage
 * (whose read may throw, as blocked storage does), matchMedia and the root element's classList.
 */
function boot(stored: StoredTheme, systemDark: boolean | 'no matchMedia'): Page {
  const classes = new Set<string>();
  const localStorage = {
    getItem(key: string) {
      if (stored === BLOCKED) throw new Error('SecurityError');
      return key === storageKey('theme') ? stored : null;
    },
  };
  const context: Record<string, unknown> = {
    localStorage,
    document: {
      documentElement: {
        classList: {
          toggle: (name: string, force: boolean) => {
            if (force) classes.add(name);
            else classes.delete(name);
          },
        },
      },
    },
  };
  if (systemDark !== 'no matchMedia') {
    context.matchMedia = (query: string) => ({
      matches: query === '(prefers-color-scheme: dark)' && systemDark,
    });
  }
  runInNewContext(themeBootScript(), context);
  return { dark: classes.has('dark') };
}

/** What the app itself decides from the same storage (see use-theme.ts). */
function appDecides(stored: StoredTheme, systemDark: boolean): boolean {
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => {
      if (stored === BLOCKED) throw new Error('SecurityError');
      return key === storageKey('theme') ? stored : null;
    },
  });
  const preference = loadThemePreference();
  return preference === 'system' ? systemDark : preference === 'dark';
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the theme boot script', () => {
  it.each<[StoredTheme, boolean, boolean]>([
    ['light', false, false],
    ['light', true, false],
    ['dark', false, true],
    ['dark', true, true],
    ['system', false, false],
    ['system', true, true],
    [null, false, false],
    [null, true, true],
    ['Dark', false, false],
    ['"dark"', true, true],
    ['{"theme":"dark"}', false, false],
    [BLOCKED, false, false],
    [BLOCKED, true, true],
  ])('stored %s with a dark system %s: dark is %s, as the app decides', (stored, system, dark) => {
    expect(boot(stored, system).dark).toBe(dark);
    expect(appDecides(stored, system)).toBe(dark);
  });

  it('reads what the app saves', () => {
    const saved = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => saved.get(key) ?? null,
      setItem: (key: string, value: string) => void saved.set(key, value),
    });
    for (const preference of ['dark', 'light'] satisfies ThemePreference[]) {
      expect(saveThemePreference(preference)).toBe(true);
      const stored = saved.get(storageKey('theme')) ?? null;
      expect(boot(stored, preference === 'light').dark).toBe(preference === 'dark');
    }
  });

  it('follows the system where storage cannot even be reached, or does not exist', () => {
    for (const systemDark of [false, true]) {
      const classes = new Set<string>();
      const page = {
        matchMedia: () => ({ matches: systemDark }),
        document: {
          documentElement: {
            classList: { toggle: (name: string, force: boolean) => force && classes.add(name) },
          },
        },
      };
      runInNewContext(themeBootScript(), page);
      expect(classes.has('dark')).toBe(systemDark);
      Object.defineProperty(page, 'localStorage', {
        get() {
          throw new Error('SecurityError: access is denied for this document');
        },
      });
      runInNewContext(themeBootScript(), page);
      expect(classes.has('dark')).toBe(systemDark);
    }
  });

  it('follows a saved choice where the browser has no matchMedia, and is light otherwise', () => {
    expect(boot('dark', 'no matchMedia').dark).toBe(true);
    expect(boot(null, 'no matchMedia').dark).toBe(false);
  });

  it('takes away a dark class that the page did not ask for', () => {
    const classes = new Set(['dark']);
    runInNewContext(themeBootScript(), {
      localStorage: { getItem: () => 'light' },
      matchMedia: () => ({ matches: true }),
      document: {
        documentElement: {
          classList: { toggle: (name: string, force: boolean) => !force && classes.delete(name) },
        },
      },
    });
    expect(classes.has('dark')).toBe(false);
  });

  it('defines no global names and stays small', () => {
    const context: Record<string, unknown> = {
      localStorage: { getItem: () => null },
      matchMedia: () => ({ matches: false }),
      document: { documentElement: { classList: { toggle: () => true } } },
    };
    const before = Object.keys(context);
    runInNewContext(themeBootScript(), context);
    expect(Object.keys(context)).toEqual(before);
    expect(themeBootScript().length).toBeLessThan(300);
  });
});
