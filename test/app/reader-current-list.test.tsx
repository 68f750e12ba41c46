import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { App } from '../../src/app/app';
import { serveAppDigest } from '../support/app-harness';
import { digest, entryLines } from '../support/digest-factory';

const TWO_PAPERS = digest(
  '2024년 3월 8일',
  entryLines({ title: 'A Paper On Language Models', tags: '#llm' }),
  entryLines({ title: 'A Paper On Vision', tags: '#vision' }),
);

serveAppDigest(TWO_PAPERS);

async function renderApp() {
  const user = userEvent.setup();
  render(<App />);
  const list = await screen.findByRole('list', { name: '논문 목록' });
  const tags = screen.getByRole('navigation', { name: '태그' });
  const library = screen.getByRole('navigation', { name: '내 서재' });
  return {
    user,
    list,
    // Named "모든 책갈피" in the bookmarks list.
    allPapers: () => within(tags).getByRole('link', { name: /^(전체 논문|모든 책갈피)/ }),
    // Tags render just after the list.
    tag: (name: string) => within(tags).findByRole('link', { name: new RegExp(`^${name} `) }),
    bookmarks: () => within(library).getByRole('link', { name: /^책갈피/ }),
  };
}

it('marks the list of an open paper as the current list, and the paper as the page', async () => {
  const { user, list, allPapers } = await renderApp();
  expect(allPapers()).toHaveAttribute('aria-current', 'page');

  await user.click(within(list).getByRole('link', { name: 'A Paper On Language Models' }));
  await screen.findByRole('article', { name: 'A Paper On Language Models' });

  expect(allPapers()).toHaveAttribute('aria-current', 'true');
  expect(within(list).getByRole('link', { name: 'A Paper On Language Models' })).toHaveAttribute(
    'aria-current',
    'page',
  );
});

it('marks the tag of a paper opened from that tag', async () => {
  const { user, list, allPapers, tag } = await renderApp();

  await user.click(await tag('llm'));
  await user.click(within(list).getByRole('link', { name: 'A Paper On Language Models' }));
  await screen.findByRole('article', { name: 'A Paper On Language Models' });

  expect(await tag('llm')).toHaveAttribute('aria-current', 'true');
  expect(allPapers()).not.toHaveAttribute('aria-current');
});

it('marks the bookmarks, not all papers, for a paper opened from the bookmarks', async () => {
  const { user, list, allPapers, bookmarks } = await renderApp();
  await user.click(within(list).getByRole('button', { name: '책갈피: A Paper On Vision' }));

  await user.click(bookmarks());
  expect(bookmarks()).toHaveAttribute('aria-current', 'page');
  expect(allPapers()).not.toHaveAttribute('aria-current');

  await user.click(within(list).getByRole('link', { name: 'A Paper On Vision' }));
  await screen.findByRole('article', { name: 'A Paper On Vision' });
  expect(window.location.search).toContain('list=bookmarks');
  expect(bookmarks()).toHaveAttribute('aria-current', 'true');
  expect(allPapers()).not.toHaveAttribute('aria-current');
});

it('counts, beside "전체 논문", the papers that link leads to, not those of the chosen tag', async () => {
  const { user, allPapers, tag } = await renderApp();
  expect(allPapers()).toHaveAccessibleName(/2편$/);

  await user.click(await tag('llm'));
  expect(screen.getByRole('heading', { name: /^#llm 1편$/ })).toBeInTheDocument();
  expect(allPapers()).toHaveAccessibleName(/2편$/);
});
