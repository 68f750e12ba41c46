import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { serveAppDigest } from '../support/app-harness';
import { digest, entryLines } from '../support/digest-factory';

const PAPERS = digest(
  '2024년 3월 8일',
  entryLines({ title: 'A Paper From The Eighth', tags: '#llm' }),
  '2024년 3월 4일',
  entryLines({ title: 'A Paper From The Fourth', tags: '#llm' }),
  '2024년 3월 1일',
  entryLines({ title: 'A Paper From The First', tags: '#vision' }),
);

serveAppDigest(PAPERS);

function renderAt(path: string) {
  window.history.replaceState(null, '', path);
  const user = userEvent.setup();
  render(<App />);
  return user;
}

function listHeading() {
  return within(screen.getByRole('region', { name: '논문 목록 영역' })).getByRole('heading', {
    level: 2,
  });
}

describe('the list says what it shows', () => {
  it('lists the papers of a range given backwards, names it in order, and says it was swapped', async () => {
    renderAt('/?from=2024-03-08&to=2024-03-04');
    const list = await screen.findByRole('list', { name: '논문 목록' });

    expect(
      within(list)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['A Paper From The Eighth', 'A Paper From The Fourth']);
    expect(listHeading()).toHaveTextContent('2024년 3월 4일–3월 8일 2편');
    expect(
      within(screen.getByRole('group', { name: '날짜' })).getByRole('status'),
    ).toHaveTextContent('시작일과 종료일을 바꿔 적용했습니다');
    expect(document.title).toBe('2024년 3월 4일–3월 8일 — 논문 다이제스트');
  });

  it('names a tag, a one-sided range and the unread filter together', async () => {
    renderAt('/?tags=llm&from=2024-03-04&unread=1');
    await screen.findByRole('list', { name: '논문 목록' });
    expect(listHeading()).toHaveTextContent('#llm · 2024년 3월 4일부터 · 안 읽은 논문 2편');
  });
});

describe('목록으로', () => {
  it('goes back to the list a paper was opened from, leaving no entry to come back to', async () => {
    const user = renderAt('/');
    const list = await screen.findByRole('list', { name: '논문 목록' });
    const before = window.history.length;

    await user.click(within(list).getByRole('link', { name: 'A Paper From The Fourth' }));
    await screen.findByRole('article', { name: 'A Paper From The Fourth' });
    await user.click(screen.getByRole('link', { name: /목록으로/ }));

    await waitFor(() => expect(window.location.pathname).toBe('/'));
    // Back from here leaves the list: the paper's entry is ahead of it, not behind it.
    expect(window.history.length).toBe(before + 1);
    expect(window.history.state).toMatchObject({ idx: 0 });
  });

  it('goes back to the list a paper was opened from with the keyboard', async () => {
    const user = renderAt('/');
    await screen.findByRole('list', { name: '논문 목록' });

    await user.keyboard('jo');
    await screen.findByRole('article', { name: 'A Paper From The Eighth' });
    await user.click(screen.getByRole('link', { name: /목록으로/ }));

    await waitFor(() => expect(window.location.pathname).toBe('/'));
    expect(window.history.state).toMatchObject({ idx: 0 });
  });

  it('replaces a paper opened by a link with its list', async () => {
    const user = renderAt('/papers/2024-03-04-a-paper-from-the-fourth?tags=llm');
    await screen.findByRole('article', { name: 'A Paper From The Fourth' });
    const before = window.history.length;

    await user.click(screen.getByRole('link', { name: /목록으로/ }));

    await waitFor(() => expect(window.location.pathname).toBe('/'));
    expect(window.location.search).toBe('?tags=llm');
    expect(window.history.length).toBe(before);
  });
});

describe('pages that found nothing', () => {
  it('keeps the header on an unknown address and names the page', async () => {
    renderAt('/no/such/page');
    expect(await screen.findByRole('heading', { name: '페이지를 찾을 수 없습니다' })).toBeVisible();
    expect(
      within(screen.getByRole('banner')).getByRole('link', { name: '논문 다이제스트' }),
    ).toHaveAttribute('href', '/');
    expect(screen.queryByRole('button', { name: '태그' })).not.toBeInTheDocument();
    expect(document.title).toBe('페이지를 찾을 수 없습니다 — 논문 다이제스트');
  });

  it('opens a digest file picked from its header in the list', async () => {
    // jsdom has no blob: URLs; the stubbed fetch answers any address.
    vi.stubGlobal(
      'URL',
      class extends URL {
        static override createObjectURL = () => 'blob:picked';
        static override revokeObjectURL = () => {};
      },
    );
    const user = renderAt('/no/such/page');
    await user.upload(
      await screen.findByLabelText('다이제스트 파일 열기'),
      new File([PAPERS], 'picked.txt', { type: 'text/plain' }),
    );

    expect(await screen.findByRole('list', { name: '논문 목록' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/');
  });

  it('names an unknown paper as not found, not as the list behind it', async () => {
    renderAt('/papers/2024-03-04-no-such-paper');
    expect(await screen.findByRole('heading', { name: '논문을 찾을 수 없습니다' })).toBeVisible();
    expect(
      within(screen.getByRole('banner')).getByRole('link', { name: '논문 다이제스트' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('논문을 찾을 수 없습니다 — 논문 다이제스트'));
  });
});
