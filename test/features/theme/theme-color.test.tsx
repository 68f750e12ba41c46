import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ThemeToggle } from '../../../src/features/theme/theme-toggle';
import { applyTheme, THEME_COLORS } from '../../../src/features/theme/use-theme';

const indexHtml = readFileSync(resolve(import.meta.dirname, '../../../index.html'), 'utf8');

/** The `theme-color` metas exactly as index.html writes them. */
function themeColorMetas(): HTMLMetaElement[] {
  const page = new DOMParser().parseFromString(indexHtml, 'text/html');
  return [...page.head.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')];
}

function themeColors(): Array<[media: string, color: string]> {
  return [...document.head.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')].map(
    (meta) => [meta.getAttribute('media') ?? '', meta.content],
  );
}

beforeEach(() => {
  document.head.append(...themeColorMetas().map((meta) => document.importNode(meta, true)));
});

afterEach(() => {
  document.head.replaceChildren();
  document.documentElement.classList.remove('dark');
  localStorage.clear();
});

describe('theme colour', () => {
  it('is the header colour of each system theme before the reader picks one', () => {
    expect(themeColors()).toEqual([
      ['(prefers-color-scheme: light)', THEME_COLORS.light],
      ['(prefers-color-scheme: dark)', THEME_COLORS.dark],
    ]);
  });

  it("takes the applied theme's colour for every system theme", () => {
    applyTheme(true);
    expect(themeColors()).toEqual([
      ['(prefers-color-scheme: light)', THEME_COLORS.dark],
      ['(prefers-color-scheme: dark)', THEME_COLORS.dark],
    ]);
    applyTheme(false);
    expect(themeColors().map(([, color]) => color)).toEqual([
      THEME_COLORS.light,
      THEME_COLORS.light,
    ]);
  });

  it('follows the theme toggle', async () => {
    const user = userEvent.setup();
    render(<ThemeToggle />);
    const toggle = screen.getByRole('button', { name: '다크 모드' });

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(themeColors().map(([, color]) => color)).toEqual([THEME_COLORS.dark, THEME_COLORS.dark]);

    await user.click(toggle);
    expect(themeColors().map(([, color]) => color)).toEqual([
      THEME_COLORS.light,
      THEME_COLORS.light,
    ]);
  });
});
