import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { App } from '../../src/app/app';
import { SHORTCUTS } from '../../src/features/shortcuts/shortcut-keys';
import { serveAppDigest } from '../support/app-harness';
import { digest, entryLines } from '../support/digest-factory';

// Two days, newest first as a digest lists them: the first paper is the newest day's first.
const THREE_PAPERS = digest(
  '2024년 3월 8일',
  entryLines({ title: 'First Paper On Top' }),
  entryLines({ title: 'Second Paper Below' }),
  '2024년 3월 7일',
  entryLines({ title: 'Third Paper From Before' }),
);

serveAppDigest(THREE_PAPERS);

async function renderApp() {
  const user = userEvent.setup();
  render(<App />);
  await screen.findByRole('list', { name: '논문 목록' });
  return user;
}

it('opens the first paper with j then o, and bookmarks it with b', async () => {
  const user = await renderApp();

  await user.keyboard('j');
  await user.keyboard('o');

  const article = await screen.findByRole('article', { name: 'First Paper On Top' });
  expect(window.location.pathname).toMatch(/^\/papers\/2024-03-08-/);
  expect(within(article).getByRole('heading', { level: 2 })).toHaveTextContent(
    'First Paper On Top',
  );

  const toggles = () => screen.getAllByRole('button', { name: '책갈피: First Paper On Top' });
  // One in the list row, one in the detail pane.
  expect(toggles()).toHaveLength(2);
  for (const toggle of toggles()) expect(toggle).not.toBePressed();
  await user.keyboard('b');
  for (const toggle of toggles()) expect(toggle).toBePressed();
  expect(screen.getByRole('button', { name: '책갈피: Second Paper Below' })).not.toBePressed();
});

it('moves down and back up the list with j and k', async () => {
  const user = await renderApp();

  await user.keyboard('jjjk');
  await user.keyboard('o');
  expect(await screen.findByRole('article', { name: 'Second Paper Below' })).toBeInTheDocument();

  // From the open paper, j goes on to the next day's paper.
  await user.keyboard('j');
  await user.keyboard('o');
  expect(
    await screen.findByRole('article', { name: 'Third Paper From Before' }),
  ).toBeInTheDocument();
});

it('shows the shortcut help with ?', async () => {
  const user = await renderApp();
  expect(screen.queryAllByRole('definition', { hidden: true })).toEqual([]);

  await user.keyboard('?');
  // jsdom cannot open a modal <dialog>, which keeps its content out of the accessibility tree.
  const labels = screen.getAllByRole('definition', { hidden: true }).map((dd) => dd.textContent);
  expect(labels).toEqual(SHORTCUTS.map((shortcut) => shortcut.label));

  await user.keyboard('?');
  expect(screen.queryAllByRole('definition', { hidden: true })).toEqual([]);
});

it('goes to the bookmarks with g then b', async () => {
  const user = await renderApp();
  await user.keyboard('gb');
  expect(window.location.pathname).toBe('/bookmarks');
  expect(await screen.findByRole('heading', { name: /^책갈피/, level: 2 })).toBeInTheDocument();
});
