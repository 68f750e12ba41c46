import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Serves `text` (with `status`) instead of the shipped digest. */
export async function serveDigest(page: Page, text: string, status = 200): Promise<void> {
  await page.route('**/assets/digest-*.txt', (route) =>
    route.fulfill({ status, body: text, contentType: 'text/plain; charset=utf-8' }),
  );
}

/** axe finds nothing on the page as it stands; each violation is named with its elements. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** Checks the page with axe in the light theme, then in the dark one. */
export async function expectNoAxeViolationsInBothThemes(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: '다크 모드' });
  for (const dark of [false, true]) {
    if ((await toggle.getAttribute('aria-pressed')) !== String(dark)) await toggle.click();
    await expectNoAxeViolations(page);
  }
}
