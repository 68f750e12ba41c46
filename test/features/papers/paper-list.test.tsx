import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DigestEntry } from '../../../src/digest';
import { PaperList, type PaperListProps } from '../../../src/features/papers/components/paper-list';

let nextId = 0;

function makeEntry(overrides: Partial<DigestEntry> = {}): DigestEntry {
  nextId += 1;
  return {
    id: `paper-${nextId}`,
    date: '2024-03-08',
    title: `Paper ${nextId}`,
    authors: ['Ann Lee', 'Bo Kim'],
    affiliation: '',
    abstract: 'We study things.',
    commentary: '흥미로운 연구입니다.',
    translation: 'An interesting study.',
    tags: ['llm'],
    links: [],
    line: nextId,
    ...overrides,
  };
}

/** `count` papers over days of 20 papers each, newest first as the digest would give them. */
function manyEntries(count: number): DigestEntry[] {
  return Array.from({ length: count }, (_, index) =>
    makeEntry({
      date: new Date(Date.UTC(2024, 0, 1) - Math.floor(index / 20) * 86_400_000)
        .toISOString()
        .slice(0, 10),
    }),
  );
}

function renderList(props: Partial<PaperListProps> = {}) {
  const all: PaperListProps = {
    entries: [makeEntry()],
    selectedId: null,
    tag: null,
    view: 'both',
    heading: '전체 논문',
    read: new Set(),
    bookmarked: new Set(),
    onToggleBookmark: () => undefined,
    ...props,
  };
  const result = render(<PaperList {...all} />, { wrapper: MemoryRouter });
  const rerender = (next: Partial<PaperListProps>) =>
    result.rerender(<PaperList {...all} {...next} />);
  return { ...result, rerender };
}

function scroller(): HTMLElement {
  const element = screen.getByRole('list', { name: '논문 목록' }).parentElement;
  if (!element) throw new Error('the list has no scroll element');
  return element;
}

// jsdom lays nothing out: give the scroll element an 800 × 400 viewport and every row a height,
// which is what the virtualizer reads (clientHeight/clientWidth and offsetHeight).
beforeEach(() => {
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(800);
  vi.spyOn(Element.prototype, 'clientWidth', 'get').mockReturnValue(400);
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(100);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('PaperList', () => {
  it('groups papers under Korean date headings, newest day first, undated last', () => {
    renderList({
      entries: [
        makeEntry({ date: '2024-03-07' }),
        makeEntry({ date: null }),
        makeEntry({ date: '2024-03-08' }),
        makeEntry({ date: '2024-03-08' }),
      ],
    });

    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('전체 논문 4편');
    const days = screen.getAllByRole('heading', { level: 3 }).map((day) => day.textContent);
    expect(days).toEqual([
      '2024년 3월 8일 (금) 2편 0/2 읽음',
      '2024년 3월 7일 (목) 1편 0/1 읽음',
      '날짜 미상 1편 0/1 읽음',
    ]);
  });

  it("shows each day's reading progress and quiets read papers", () => {
    const read = makeEntry({ date: '2024-03-08', title: 'Read Paper' });
    const unread = makeEntry({ date: '2024-03-08', title: 'Unread Paper' });
    renderList({ entries: [read, unread], read: new Set([read.id]) });

    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('1/2 읽음');
    expect(screen.getByRole('heading', { level: 4, name: /Read Paper/ })).toHaveTextContent(
      '읽음: Read Paper',
    );
    expect(screen.getByRole('heading', { level: 4, name: 'Unread Paper' })).toBeInTheDocument();
  });

  it('toggles a bookmark from a row without opening the paper', async () => {
    const entry = makeEntry({ title: 'Saved Paper' });
    const onToggleBookmark = vi.fn();
    renderList({ entries: [entry], bookmarked: new Set([entry.id]), onToggleBookmark });

    const toggle = screen.getByRole('button', { name: '책갈피: Saved Paper' });
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(toggle);
    expect(onToggleBookmark).toHaveBeenCalledWith(entry);
  });

  it('lists papers in the given order without day headings when not grouped', () => {
    const older = makeEntry({ date: '2023-01-01', title: 'Older' });
    const newer = makeEntry({ date: '2024-01-01', title: 'Newer' });
    renderList({ entries: [older, newer], grouped: false });

    // Right under the list's heading, with no day between: one level down from it.
    expect(screen.queryAllByRole('heading', { level: 4 })).toEqual([]);
    expect(
      screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent),
    ).toEqual(['Older', 'Newer']);
  });

  it('shows title, first authors, tags and the first paragraph of the commentary', () => {
    const entry = makeEntry({
      id: '2024-03-08-yi',
      title: 'Yi: Open Foundation Models by 01.AI',
      authors: ['Alex Young', 'Bei Chen', 'Chao Li', 'Chengen Huang', 'Ge Zhang'],
      tags: ['LLM', 'open-source'],
      commentary: '01.AI의 오픈 모델입니다.\n두 번째 문단은 목록에 나오지 않습니다.',
    });
    renderList({ entries: [entry], tag: 'llm', view: 'abstract' });

    const list = screen.getByRole('list', { name: '논문 목록' });
    const title = within(list).getByRole('heading', { level: 4 });
    expect(title).toHaveTextContent('Yi: Open Foundation Models by 01.AI');
    expect(title).toHaveAttribute('lang', 'en');
    expect(
      within(list).getByRole('link', { name: 'Yi: Open Foundation Models by 01.AI' }),
    ).toHaveAttribute('href', '/papers/2024-03-08-yi?tag=llm&view=abstract');

    const authors = within(list).getByText(/^Alex Young, Bei Chen, Chao Li/);
    expect(authors).toHaveTextContent('Alex Young, Bei Chen, Chao Li 외 2명');
    expect(authors).toHaveAttribute('lang', 'en');
    expect(within(list).queryByText(/Chengen Huang/)).toBeNull();

    expect(within(list).getByText('#LLM')).toBeInTheDocument();
    expect(within(list).getByText('#open-source')).toBeInTheDocument();
    expect(within(list).queryByRole('link', { name: '#LLM' })).toBeNull();

    const snippet = within(list).getByText('01.AI의 오픈 모델입니다.');
    expect(snippet).toHaveAttribute('lang', 'ko');
    expect(snippet).toHaveClass('line-clamp-2');
    expect(within(list).queryByText(/두 번째 문단/)).toBeNull();
  });

  it('lists up to three authors without a remainder', () => {
    renderList({ entries: [makeEntry({ authors: ['Jane Doe', 'John Roe', 'Kim Lee'] })] });

    expect(screen.getByText('Jane Doe, John Roe, Kim Lee')).toBeInTheDocument();
    expect(screen.queryByText(/외/)).toBeNull();
  });

  it('leaves the view out of links in the default view and the tag out without a filter', () => {
    renderList({ entries: [makeEntry({ id: 'a-paper', title: 'A Paper' })] });

    expect(screen.getByRole('link', { name: 'A Paper' })).toHaveAttribute(
      'href',
      '/papers/a-paper',
    );
  });

  it('marks the selected paper as the current page', () => {
    const entries = [makeEntry({ title: 'First' }), makeEntry({ title: 'Second' })];
    renderList({ entries, selectedId: entries[1]?.id ?? null });

    expect(screen.getByRole('link', { name: 'Second' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'First' })).not.toHaveAttribute('aria-current');
  });

  it('renders only a few rows of 16,000 papers, numbered within the whole list', () => {
    const entries = manyEntries(16_000);
    renderList({ entries });

    const rows = within(screen.getByRole('list', { name: '논문 목록' })).getAllByRole('listitem');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(60);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('전체 논문 16,000편');
    // 16,000 papers and one heading for each of the 800 days.
    expect(rows[0]).toHaveAttribute('aria-setsize', '16800');
    expect(rows[0]).toHaveAttribute('aria-posinset', '1');
  });

  it("begins with the heading of the first rendered paper's day wherever it is scrolled", async () => {
    renderList({ entries: manyEntries(2_000) });
    const list = screen.getByRole('list', { name: '논문 목록' });
    const element = scroller();
    // The rows above the viewport follow a frame after the first.
    await waitFor(() => expect(within(list).getAllByRole('listitem').length).toBeGreaterThan(9));

    // Through a whole day, deep in the list: the rows rendered above the viewport mostly start
    // partway through a day, whose heading row is further up.
    for (let offset = 40_000; offset < 42_100; offset += 300) {
      act(() => {
        element.scrollTop = offset;
        element.dispatchEvent(new Event('scroll'));
      });
      const levels = within(list)
        .getAllByRole('heading')
        .map((heading) => heading.tagName);
      expect({ offset, first: levels[0] }).toEqual({ offset, first: 'H3' });
    }
  });

  it('says so when no paper matches', () => {
    renderList({ entries: [], heading: '#nothing' });

    expect(screen.getByText('이 조건에 맞는 논문이 없습니다.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('#nothing 0편');
    expect(screen.queryByRole('list')).toBeNull();
  });

  describe('scrolling to the selected paper', () => {
    // jsdom has no scrolling either: writes land in scrollTop and, as in a browser, fire the scroll
    // event a little later. The content is tall enough for any offset.
    let scrollTo: ReturnType<typeof vi.fn<(options: ScrollToOptions) => void>>;

    beforeEach(() => {
      vi.spyOn(Element.prototype, 'scrollHeight', 'get').mockReturnValue(10_000_000);
      scrollTo = vi.fn(function (this: Element, options: ScrollToOptions) {
        this.scrollTop = options.top ?? this.scrollTop;
        setTimeout(() => this.dispatchEvent(new Event('scroll')));
      });
      Object.defineProperty(Element.prototype, 'scrollTo', {
        configurable: true,
        writable: true,
        value: scrollTo,
      });
    });

    afterEach(() => {
      Reflect.deleteProperty(Element.prototype, 'scrollTo');
    });

    it('brings a deep-linked paper far down the list into view', async () => {
      const entries = manyEntries(16_000);
      const target = entries[12_345];
      renderList({ entries, selectedId: target?.id ?? null });

      const link = await screen.findByRole('link', { name: target?.title });
      expect(link).toHaveAttribute('aria-current', 'page');
      expect(scroller().scrollTop).toBeGreaterThan(0);
    });

    it('leaves the scroll position alone when the selected paper is already in view', () => {
      const entries = manyEntries(100);
      const { rerender } = renderList({ entries });
      scrollTo.mockClear();

      rerender({ selectedId: entries[2]?.id ?? null });

      expect(scrollTo).not.toHaveBeenCalled();
      expect(scroller().scrollTop).toBe(0);
    });

    it('does not scroll back to the selection once the reader has scrolled away', async () => {
      const entries = manyEntries(16_000);
      const target = entries[5_000];
      const { rerender } = renderList({ entries, selectedId: target?.id ?? null });
      await screen.findByRole('link', { name: target?.title });

      const element = scroller();
      act(() => {
        element.scrollTop = 0;
        element.dispatchEvent(new Event('scroll'));
      });
      await screen.findByRole('link', { name: entries[0]?.title });
      scrollTo.mockClear();

      // The app may hand over an equal but new array on any render.
      rerender({ entries: [...entries], selectedId: target?.id ?? null });

      expect(scrollTo).not.toHaveBeenCalledWith(expect.objectContaining({ top: 0 }));
      expect(element.scrollTop).toBe(0);
      expect(screen.getByRole('link', { name: entries[0]?.title })).toBeInTheDocument();
    });
  });
});
