import { loadArchiveClient } from '../../src/features/archive/archive-loader';
import { render, screen, within } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { App } from '../../src/app/app';
import { createQueryClient } from '../../src/app/query-client';
import { digestQueryOptions } from '../../src/features/digest/api/digest-query';
import { addressSelection } from '../../src/features/digest/open-digest';

const ONE_ENTRY_DIGEST = `2024년 3월 8일
A Tiny Paper About Tests
(Jane Doe, John Roe)
We test things.
테스트에 관한 짧은 논문입니다.
#testing
`;

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

test('shows the titles of the fetched digest', async () => {
  const fetchDigest = vi.fn(() => Promise.resolve(new Response(ONE_ENTRY_DIGEST)));
  vi.stubGlobal('fetch', fetchDigest);
  // The list is virtual and jsdom lays nothing out: give it a viewport and its rows a height.
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(100);

  render(<App />);

  const list = await screen.findByRole('list', { name: '논문 목록' });
  expect(within(list).getByRole('heading', { level: 4 })).toHaveTextContent(
    'A Tiny Paper About Tests',
  );
  expect(fetchDigest).toHaveBeenCalledTimes(1);
});

test('shows the digest the page started loading before it rendered, without fetching it again', async () => {
  const fetchDigest = vi.fn(() => Promise.resolve(new Response(ONE_ENTRY_DIGEST)));
  vi.stubGlobal('fetch', fetchDigest);
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(100);
  const queryClient = createQueryClient();
  const { sources, archive } = addressSelection(null, loadArchiveClient);
  void queryClient.prefetchQuery(digestQueryOptions(sources, archive));

  render(<App queryClient={queryClient} />);

  const list = await screen.findByRole('list', { name: '논문 목록' });
  expect(within(list).getByRole('heading', { level: 4 })).toHaveTextContent(
    'A Tiny Paper About Tests',
  );
  expect(fetchDigest).toHaveBeenCalledTimes(1);
});

test('goes from the loading screen straight to the papers, never through the empty state', async () => {
  vi.stubGlobal('fetch', () => Promise.resolve(new Response(ONE_ENTRY_DIGEST)));
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(100);
  const shown = new Set<string>();
  const observer = new MutationObserver(() => {
    if (screen.queryByRole('heading', { name: '다이제스트에 논문이 없습니다' })) shown.add('empty');
  });
  observer.observe(document.body, { childList: true, subtree: true });

  render(<App />);

  await screen.findByRole('list', { name: '논문 목록' });
  observer.disconnect();
  expect(shown).toEqual(new Set());
});

test('while the digest loads, a linked paper is coming, with the list and its tools already there', async () => {
  vi.stubGlobal('fetch', () => new Promise<Response>(() => {}));
  window.history.replaceState(null, '', '/papers/2024-03-08-a-tiny-paper-about-tests');
  try {
    render(<App />);

    expect(await screen.findByText('논문을 불러오는 중…')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: '논문 검색' })).toBeInTheDocument();
    expect(screen.getByText('다이제스트를 불러오는 중…')).toBeInTheDocument();
    expect(
      screen.queryByRole('heading', { name: '논문을 찾을 수 없습니다' }),
    ).not.toBeInTheDocument();
  } finally {
    window.history.replaceState(null, '', '/');
  }
});
