import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { serveAppDigest } from '../support/app-harness';
import { digest, entryLines } from '../support/digest-factory';

serveAppDigest(
  digest(
    '2024년 3월 8일',
    entryLines({ title: 'Scaling Reward Models', tags: '#llm' }),
    entryLines({ title: 'Diffusion Transformers', tags: '#diffusion' }),
  ),
);

// jsdom lays nothing out, so every element would count as hidden.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'offsetParent', 'get').mockReturnValue(document.body);
});

async function renderApp() {
  const user = userEvent.setup();
  render(<App />);
  const list = await screen.findByRole('list', { name: '논문 목록' });
  return { user, list };
}

it('finds the paper search with /, not the tag search before it on the page', async () => {
  const { user } = await renderApp();
  expect(screen.getByRole('searchbox', { name: '태그 찾기' })).toBeInTheDocument();

  await user.keyboard('/');

  expect(screen.getByRole('searchbox', { name: '논문 검색' })).toHaveFocus();
  expect(screen.queryByRole('dialog', { name: '태그' })).not.toBeInTheDocument();
});

it('clears the search with Escape, then goes back to the list with a second Escape', async () => {
  const { user, list } = await renderApp();
  const box = screen.getByRole('searchbox', { name: '논문 검색' });

  await user.keyboard('/');
  await user.keyboard('reward');
  await waitFor(() => expect(new URLSearchParams(location.search).get('q')).toBe('reward'));

  await user.keyboard('{Escape}');
  expect(box).toHaveValue('');
  expect(box).toHaveFocus();
  expect(new URLSearchParams(location.search).get('q')).toBeNull();

  await user.keyboard('{Escape}');
  expect(within(list).getAllByRole('link')).toContain(document.activeElement);
  // Back in the list, the keys are shortcuts again.
  await user.keyboard('/');
  expect(box).toHaveFocus();
});
