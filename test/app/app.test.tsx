import { render, screen, within } from '@testing-library/react';
import { afterEach, expect, test, vi } from 'vitest';
import { App } from '../../src/app/app';

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
