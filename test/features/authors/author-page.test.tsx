import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/app';
import { serveAppDigest } from '../../support/app-harness';
import { digest, entryLines } from '../../support/digest-factory';

serveAppDigest(
  digest(
    '2024년 3월 8일',
    entryLines({ title: 'Newest Paper by Luo', authors: '(Yuchu Luo , Ann Lee)' }),
    entryLines({ title: 'A Paper by Someone Else', authors: '(Yuchu Luoh, Bo Kim)' }),
    '2024년 3월 1일',
    entryLines({ title: 'Older Paper by Luo', authors: '(yuchu luo, Ann Lee, José García)' }),
  ),
);

beforeEach(() => {
  // jsdom has no scrolling; the page scrolls to the top for each author.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
});

function openAt(path: string) {
  window.history.replaceState(null, '', path);
  render(<App />);
}

describe('the author page', () => {
  it("lists the author's papers newest first, with their count and co-authors", async () => {
    openAt('/authors/Yuchu%20Luo');
    const papers = await screen.findByRole('region', { name: '논문' });
    expect(
      within(papers)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Newest Paper by Luo', 'Older Paper by Luo']);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Yuchu Luo');
    expect(screen.getByText(/논문 2편/)).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Yuchu Luo — 논문 다이제스트'));
    expect(screen.getByRole('banner')).toHaveTextContent('논문 다이제스트');

    const coauthors = screen.getByRole('region', { name: '자주 함께 쓴 저자' });
    const items = within(coauthors).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['Ann Lee 2편', 'José García 1편']);
    expect(within(coauthors).getByRole('link', { name: 'Ann Lee' })).toHaveAttribute(
      'href',
      '/authors/Ann%20Lee',
    );
    expect(screen.getByRole('link', { name: '검색에서 보기' })).toHaveAttribute(
      'href',
      `/?q=${encodeURIComponent('author:"Yuchu Luo"').replaceAll('%20', '+')}`,
    );
  });

  it('goes on to a co-author and to a paper', async () => {
    openAt('/authors/Yuchu%20Luo');
    const coauthors = await screen.findByRole('region', { name: '자주 함께 쓴 저자' });
    await userEvent.click(within(coauthors).getByRole('link', { name: 'José García' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'José García' })).toBeVisible();
    const papers = screen.getByRole('region', { name: '논문' });
    await userEvent.click(within(papers).getByRole('link', { name: 'Older Paper by Luo' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Older Paper by Luo' }),
    ).toBeVisible();
  });

  it('says so when the digest has no such author', async () => {
    openAt('/authors/Nobody%20Here');
    expect(await screen.findByText(/Nobody Here/, { selector: 'p span' })).toBeInTheDocument();
    expect(screen.getByText(/저자의 논문이 없습니다/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '전체 논문 보기' })).toHaveAttribute('href', '/');
  });
});
