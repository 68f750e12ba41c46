import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation, useParams, useSearchParams } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { DigestEntry } from '../../../src/digest';
import { parseViewMode, type ViewMode } from '../../../src/features/navigation/paths';
import { PaperDetail } from '../../../src/features/paper-detail/components/paper-detail';

function makeEntry(overrides: Partial<DigestEntry> = {}): DigestEntry {
  return {
    id: '2024-03-08-yi-open-foundation-models-by-01-ai',
    date: '2024-03-08',
    title: 'Yi: Open Foundation Models by 01.AI',
    authors: ['Alex Young', 'Bei Chen', 'Chao Li'],
    affiliation: '01.AI',
    abstract: 'We introduce the Yi model family, a series of language and multimodal models.',
    commentary: '01.AI의 Yi 모델 기술 보고서.\n데이터 품질에 많은 공을 들였네요.',
    translation: '',
    tags: ['LLM', 'Korean'],
    links: ['https://arxiv.org/abs/2403.04652'],
    line: 1,
    ...overrides,
  };
}

interface DetailProps {
  entry: DigestEntry;
  view?: ViewMode;
  tag?: string | null;
}

function detail({ entry, view = 'both', tag = null }: DetailProps) {
  return (
    <MemoryRouter>
      <PaperDetail entry={entry} view={view} tag={tag} />
    </MemoryRouter>
  );
}

function renderDetail(props: DetailProps) {
  const result = render(detail(props));
  return { ...result, rerender: (next: DetailProps) => result.rerender(detail(next)) };
}

/** The accessible name of an external link: its label, then the new-tab hint. */
function newTab(label: string): RegExp {
  return new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\(새 탭\\)$`);
}

function title() {
  return screen.getByRole('heading', { level: 2 });
}

describe('PaperDetail', () => {
  it('labels the article with the title and focuses it', () => {
    renderDetail({ entry: makeEntry() });
    const heading = title();
    expect(heading).toHaveTextContent('Yi: Open Foundation Models by 01.AI');
    expect(heading).toHaveAttribute('lang', 'en');
    expect(heading).toHaveFocus();
    expect(screen.getByRole('article', { name: 'Yi: Open Foundation Models by 01.AI' })).toBe(
      heading.closest('article'),
    );
  });

  it('moves focus to the new title and the top of the pane when the paper changes', () => {
    const { rerender } = render(
      <div data-testid="pane" style={{ overflowY: 'auto' }}>
        {detail({ entry: makeEntry() })}
      </div>,
    );
    const pane = screen.getByTestId('pane');
    pane.scrollTop = 500;
    screen.getByRole('link', { name: /^PDF/ }).focus();

    rerender(
      <div data-testid="pane" style={{ overflowY: 'auto' }}>
        {detail({ entry: makeEntry({ id: 'other-paper', title: 'Another Paper' }) })}
      </div>,
    );
    expect(title()).toHaveTextContent('Another Paper');
    expect(title()).toHaveFocus();
    expect(pane.scrollTop).toBe(0);
  });

  it('shows the date in Korean', () => {
    renderDetail({ entry: makeEntry() });
    const time = screen.getByText('2024년 3월 8일 (금)');
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('datetime', '2024-03-08');
  });

  it('says when the date is unknown, without a time element', () => {
    const { container } = renderDetail({ entry: makeEntry({ date: null }) });
    expect(screen.getByText('날짜 미상')).toBeInTheDocument();
    expect(container.querySelector('time')).toBeNull();
  });

  it('shows the affiliation as a badge before the authors', () => {
    renderDetail({ entry: makeEntry() });
    const badge = screen.getByText('01.AI');
    const authors = screen.getByRole('list', { name: '저자' });
    expect(within(authors).getAllByRole('listitem')).toHaveLength(3);
    expect(authors).toHaveTextContent('Alex Young, Bei Chen, Chao Li');
    expect(badge.compareDocumentPosition(authors) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('collapses a long author list behind a button', async () => {
    const user = userEvent.setup();
    const authors = Array.from({ length: 20 }, (_, i) => `Author ${i + 1}`);
    renderDetail({ entry: makeEntry({ authors }) });
    const list = screen.getByRole('list', { name: '저자' });
    const button = screen.getByRole('button', { name: '저자 20명 모두 보기' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveAttribute('aria-controls', list.id);
    expect(list).not.toHaveTextContent('Author 20');

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(within(list).getAllByRole('listitem')).toHaveLength(20);
    expect(list).toHaveTextContent('Author 20');
  });

  it('shows every author of a short list without a button', () => {
    const authors = Array.from({ length: 12 }, (_, i) => `Author ${i + 1}`);
    renderDetail({ entry: makeEntry({ authors }) });
    expect(
      within(screen.getByRole('list', { name: '저자' })).getAllByRole('listitem'),
    ).toHaveLength(12);
    expect(screen.queryByRole('button', { name: /저자/ })).toBeNull();
  });

  it('links each tag, once per key, to its tag page', () => {
    renderDetail({ entry: makeEntry({ tags: ['LLM', 'Multi Modal', 'llm'] }) });
    const tags = within(screen.getByRole('list', { name: '태그' })).getAllByRole('link');
    expect(tags.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['#LLM', '/tags/llm'],
      ['#Multi Modal', '/tags/multi%20modal'],
    ]);
  });

  it('links arXiv and the PDF for an arXiv URL, and other links by host, in new tabs', () => {
    renderDetail({
      entry: makeEntry({
        links: ['https://arxiv.org/abs/2403.04652v2', 'https://www.github.com/01-ai/Yi'],
      }),
    });
    const links = within(screen.getByRole('list', { name: '논문 링크' }));
    expect(links.getByRole('link', { name: newTab('arXiv') })).toHaveAttribute(
      'href',
      'https://arxiv.org/abs/2403.04652',
    );
    expect(links.getByRole('link', { name: newTab('PDF') })).toHaveAttribute(
      'href',
      'https://arxiv.org/pdf/2403.04652',
    );
    expect(links.getByRole('link', { name: newTab('github.com') })).toHaveAttribute(
      'href',
      'https://www.github.com/01-ai/Yi',
    );
    expect(links.queryByRole('link', { name: /검색/ })).toBeNull();
    for (const link of links.getAllByRole('link')) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
  });

  it('tells apart two links on one host by their path', () => {
    renderDetail({
      entry: makeEntry({ links: ['https://github.com/a/one', 'https://github.com/b/two/'] }),
    });
    expect(screen.getByRole('link', { name: newTab('github.com/a/one') })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: newTab('github.com/b/two') })).toBeInTheDocument();
  });

  it('offers an arXiv search when no arXiv URL is known', () => {
    renderDetail({ entry: makeEntry({ links: [] }) });
    const links = within(screen.getByRole('list', { name: '논문 링크' }));
    const search = links.getByRole('link', { name: newTab('arXiv에서 검색') });
    expect(search).toHaveAttribute(
      'href',
      'https://arxiv.org/search/?searchtype=title&query=Yi%3A%20Open%20Foundation%20Models%20by%2001.AI',
    );
    expect(search).toHaveAttribute('target', '_blank');
    expect(search).toHaveAttribute('rel', 'noopener noreferrer');
    expect(links.queryByRole('link', { name: /PDF/ })).toBeNull();
  });

  it('links the three views with the list tag kept, marking the current one', () => {
    renderDetail({ entry: makeEntry({ id: 'p1' }), view: 'abstract', tag: 'llm' });
    const nav = within(screen.getByRole('navigation', { name: '보기 방식' }));
    const both = nav.getByRole('link', { name: '둘 다' });
    const abstract = nav.getByRole('link', { name: '초록' });
    const commentary = nav.getByRole('link', { name: '해설' });
    expect(both).toHaveAttribute('href', '/papers/p1?tag=llm');
    expect(abstract).toHaveAttribute('href', '/papers/p1?tag=llm&view=abstract');
    expect(commentary).toHaveAttribute('href', '/papers/p1?tag=llm&view=commentary');
    expect(abstract).toHaveAttribute('aria-current', 'page');
    expect(both).not.toHaveAttribute('aria-current');
    expect(commentary).not.toHaveAttribute('aria-current');
  });

  it('shows the abstract beside the commentary by default', () => {
    renderDetail({ entry: makeEntry() });
    const abstract = screen.getByRole('region', { name: 'Abstract' });
    const commentary = screen.getByRole('region', { name: '해설' });
    expect(abstract).toHaveTextContent('We introduce the Yi model family');
    expect(within(abstract).getByRole('heading', { level: 3 })).toHaveAttribute('lang', 'en');
    expect(commentary).toHaveAttribute('lang', 'ko');
    // The digest writes one paragraph a line.
    expect(within(commentary).getByText('데이터 품질에 많은 공을 들였네요.').tagName).toBe('P');
    expect(abstract.parentElement).toHaveClass('@xl:grid-cols-2');
  });

  it('shows only the abstract in the abstract view', () => {
    renderDetail({ entry: makeEntry(), view: 'abstract' });
    const abstract = screen.getByRole('region', { name: 'Abstract' });
    expect(screen.queryByRole('region', { name: '해설' })).toBeNull();
    expect(screen.queryByText(/데이터 품질/)).toBeNull();
    expect(abstract.parentElement).not.toHaveClass('@xl:grid-cols-2');
  });

  it('shows only the commentary in the commentary view', () => {
    renderDetail({ entry: makeEntry(), view: 'commentary' });
    expect(screen.getByRole('region', { name: '해설' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Abstract' })).toBeNull();
    expect(screen.queryByText(/We introduce/)).toBeNull();
  });

  it('switches views through the URL, keeping focus on the switch', async () => {
    const user = userEvent.setup();
    const entry = makeEntry({ id: 'p1' });
    function Page() {
      const [search] = useSearchParams();
      const { id } = useParams();
      expect(id).toBe('p1');
      return (
        <PaperDetail
          entry={entry}
          view={parseViewMode(search.get('view'))}
          tag={search.get('tag')}
        />
      );
    }
    function Location() {
      const location = useLocation();
      return <output data-testid="location">{location.pathname + location.search}</output>;
    }
    render(
      <MemoryRouter initialEntries={['/papers/p1?tag=llm']}>
        <Routes>
          <Route path="/papers/:id" element={<Page />} />
        </Routes>
        <Location />
      </MemoryRouter>,
    );
    await user.click(screen.getByRole('link', { name: '해설' }));
    expect(screen.getByTestId('location')).toHaveTextContent('/papers/p1?tag=llm&view=commentary');
    expect(screen.queryByRole('region', { name: 'Abstract' })).toBeNull();
    expect(screen.getByRole('link', { name: '해설' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: '해설' })).toHaveFocus();
  });

  it('folds the translation away until asked for', async () => {
    const user = userEvent.setup();
    renderDetail({ entry: makeEntry({ translation: 'A technical report on the Yi models.' }) });
    const button = screen.getByRole('button', { name: '영어 번역 보기' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('A technical report on the Yi models.')).toBeNull();

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveAccessibleName('영어 번역 숨기기');
    const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(panel).toBeVisible();
    expect(panel).toHaveTextContent('A technical report on the Yi models.');
    expect(panel?.querySelector('[lang="en"]')).not.toBeNull();

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(panel).not.toBeVisible();
  });

  it('offers no translation toggle when there is none', () => {
    renderDetail({ entry: makeEntry() });
    expect(screen.queryByRole('button', { name: /영어 번역/ })).toBeNull();
  });

  it('says when there is no abstract and links to arXiv or a search', () => {
    const { rerender } = renderDetail({ entry: makeEntry({ abstract: '' }) });
    let abstract = screen.getByRole('region', { name: 'Abstract' });
    expect(abstract).toHaveTextContent('이 논문은 다이제스트에 초록이 없습니다.');
    expect(within(abstract).getByRole('link')).toHaveAttribute(
      'href',
      'https://arxiv.org/abs/2403.04652',
    );

    rerender({ entry: makeEntry({ abstract: '', links: [] }) });
    abstract = screen.getByRole('region', { name: 'Abstract' });
    const search = within(abstract).getByRole('link', { name: newTab('arXiv에서 검색') });
    expect(search.getAttribute('href')).toMatch(/^https:\/\/arxiv\.org\/search\//);
    expect(search).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('says when there is no commentary', () => {
    renderDetail({ entry: makeEntry({ commentary: '' }) });
    expect(screen.getByRole('region', { name: '해설' })).toHaveTextContent('해설이 없습니다.');
  });

  it('shows hostile commentary as inert text', () => {
    const { container } = renderDetail({
      entry: makeEntry({
        commentary: '위험한 해설 <script>alert(1)</script>\n[x](javascript:alert(1)) 끝',
      }),
    });
    const commentary = screen.getByRole('region', { name: '해설' });
    expect(commentary).toHaveTextContent('<script>alert(1)</script>');
    expect(commentary).toHaveTextContent('x 끝');
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('a[href^="javascript" i]')).toBeNull();
    expect(within(commentary).queryByRole('link')).toBeNull();
  });
});

describe('PaperDetail title with TeX', () => {
  it('typesets the math of the heading and names it in plain text', async () => {
    const { container } = renderDetail({ entry: makeEntry({ title: 'S$^2$R: a \\$5 model' }) });
    expect(
      await screen.findByRole('heading', { level: 2, name: 'S²R: a $5 model' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    const heading = screen.getByRole('heading', { level: 2 });
    expect(
      await within(heading).findByText(
        (_, element) => element?.classList.contains('katex') ?? false,
        {},
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(container.querySelector('h2')?.textContent).not.toContain('$^2$');
  });
});
