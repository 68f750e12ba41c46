import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { countTags } from '../../../src/catalog';
import { afterNextFrame } from '../../support/frames';
import type { DigestEntry } from '../../../src/digest';
import {
  TagSidebar,
  type TagSidebarProps,
} from '../../../src/features/tags/components/tag-sidebar';

function entry(tags: string[], index: number): DigestEntry {
  return {
    id: `paper-${index}`,
    date: '2024-03-08',
    title: `Paper ${index}`,
    authors: [],
    affiliation: '',
    abstract: '',
    commentary: '',
    translation: '',
    tags,
    links: [],
    line: index + 1,
  };
}

/** One array of tags per paper. */
function tagsOf(...papers: string[][]) {
  return countTags(papers.map(entry));
}

// LLM 3 (spelt "LLM" twice, "llm" once), 강화학습 2, agents 1, Diffusion 1.
const PAPERS = [['LLM', '강화학습'], ['llm', '강화학습', 'agents'], ['LLM'], ['Diffusion']];

// The tag order is kept in localStorage; every test starts without one.
beforeEach(() => {
  localStorage.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
});

function Location() {
  return <output aria-label="현재 위치">{useLocation().pathname}</output>;
}

/** Renders the sidebar and lets its first frame pass, after which it lists its tags. */
async function renderSidebar(props: Partial<TagSidebarProps> = {}, path = '/') {
  const user = userEvent.setup();
  render(
    <MemoryRouter initialEntries={[path]}>
      <TagSidebar tags={tagsOf(...PAPERS)} totalCount={PAPERS.length} selected={[]} {...props} />
      <Location />
    </MemoryRouter>,
  );
  await act(() => afterNextFrame());
  const nav = screen.getByRole('navigation', { name: '태그' });
  const search = within(nav).getByRole('searchbox', { name: '태그 찾기' });
  /** Visible text of the tag links, in order. */
  const tagTexts = () =>
    within(nav)
      .queryAllByRole('link')
      .filter((link) => link.getAttribute('href')?.startsWith('/tags/'))
      .map((link) => link.textContent);
  return { user, nav, search, tagTexts };
}

describe('TagSidebar', () => {
  it('lists every tag under its most common spelling with its count, most used first', async () => {
    const { nav, tagTexts } = await renderSidebar();

    expect(within(nav).getByRole('heading', { name: '태그' })).toBeInTheDocument();
    const llm = within(nav).getByRole('link', { name: 'LLM 3편' });
    expect(llm).toHaveAttribute('href', '/tags/llm');
    expect(llm).toHaveTextContent('#LLM');
    expect(within(nav).getByRole('link', { name: '강화학습 2편' })).toHaveAttribute(
      'href',
      `/tags/${encodeURIComponent('강화학습')}`,
    );
    expect(tagTexts()).toEqual(['#LLM 3편', '#강화학습 2편', '#agents 1편', '#Diffusion 1편']);
  });

  it('links "전체 논문" to the home page with the number of all papers', async () => {
    const { nav } = await renderSidebar({ totalCount: 1234 });

    const all = within(nav).getByRole('link', { name: '전체 논문 1,234편' });
    expect(all).toHaveAttribute('href', '/');
    expect(all).toHaveAttribute('aria-current', 'page');
  });

  it('marks the selected tag as the current page, and only it', async () => {
    const { nav } = await renderSidebar({ selected: ['강화학습'] });

    expect(within(nav).getByRole('link', { name: '강화학습 2편' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const others = within(nav)
      .getAllByRole('link')
      .filter((link) => link.getAttribute('aria-current') === 'page');
    expect(others).toHaveLength(1);
    expect(within(nav).getByRole('link', { name: /^전체 논문/ })).not.toHaveAttribute(
      'aria-current',
    );
  });

  it('marks the list of an open paper as the current list, not as the page', async () => {
    const { nav } = await renderSidebar({ selected: ['llm'], paperOpen: true });

    expect(within(nav).getByRole('link', { name: 'LLM 3편' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    cleanup();
    const { nav: all } = await renderSidebar({ paperOpen: true });
    expect(within(all).getByRole('link', { name: /^전체 논문/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  it('calls the link "모든 책갈피" in the bookmarks, where it leads, and does not mark it', async () => {
    const { nav } = await renderSidebar({ list: 'bookmarks' });

    expect(within(nav).queryByRole('link', { name: /^전체 논문/ })).toBeNull();
    expect(within(nav).getByRole('link', { name: /^모든 책갈피/ })).not.toHaveAttribute(
      'aria-current',
    );
  });

  it('filters tags case-insensitively as the reader types, ignoring a leading #', async () => {
    const { user, nav, search, tagTexts } = await renderSidebar();

    await user.type(search, 'LL');
    expect(tagTexts()).toEqual(['#LLM 3편']);

    await user.clear(search);
    await user.type(search, '#Agent');
    expect(tagTexts()).toEqual(['#agents 1편']);
    expect(within(nav).getByRole('status')).toHaveTextContent('태그 1개');
  });

  it('matches a decomposed (NFD) Korean query against a composed tag', async () => {
    const { user, search, tagTexts } = await renderSidebar();
    const query = '화학'.normalize('NFD');
    expect(query).not.toBe('화학');

    await user.type(search, query);
    expect(tagTexts()).toEqual(['#강화학습 2편']);
  });

  it('says so when no tag matches, and keeps the link to all papers', async () => {
    const { user, nav, search, tagTexts } = await renderSidebar();

    await user.type(search, 'transformer');
    expect(tagTexts()).toEqual([]);
    expect(within(nav).getByRole('status')).toHaveTextContent('일치하는 태그가 없습니다');
    expect(within(nav).getByRole('link', { name: /^전체 논문/ })).toBeInTheDocument();
  });

  it('clears the search on Escape without letting that Escape close anything else', async () => {
    const { user, search, tagTexts } = await renderSidebar();
    const onDocumentEscape = vi.fn();
    document.addEventListener('keydown', onDocumentEscape);

    await user.type(search, 'zzz');
    await user.keyboard('{Escape}');
    expect(search).toHaveValue('');
    expect(search).toHaveFocus();
    expect(tagTexts()).toHaveLength(4);
    expect(onDocumentEscape).not.toHaveBeenCalledWith(expect.objectContaining({ key: 'Escape' }));

    await user.keyboard('{Escape}');
    expect(onDocumentEscape).toHaveBeenCalledWith(expect.objectContaining({ key: 'Escape' }));
    document.removeEventListener('keydown', onDocumentEscape);
  });

  it('keeps Korean being composed, and its Escape, which only cancels the composition', async () => {
    const { search, tagTexts } = await renderSidebar();

    fireEvent.compositionStart(search);
    for (const text of ['ㄱ', '가', '강', '강ㅎ', '강화']) {
      fireEvent.change(search, { target: { value: text } });
    }
    fireEvent.keyDown(search, { key: 'Escape', isComposing: true });
    fireEvent.compositionEnd(search);

    expect(search).toHaveValue('강화');
    await waitFor(() => expect(tagTexts()).toEqual(['#강화학습 2편']));
  });

  it('keeps what the reader types while the tags change under it', async () => {
    const user = userEvent.setup();
    const props = { totalCount: PAPERS.length, selected: [] };
    const { rerender } = render(
      <MemoryRouter>
        <TagSidebar tags={tagsOf(...PAPERS)} {...props} />
      </MemoryRouter>,
    );
    await act(() => afterNextFrame());
    const search = screen.getByRole('searchbox', { name: '태그 찾기' });

    await user.type(search, ' ll');
    // A streaming archive brings more papers and tags.
    rerender(
      <MemoryRouter>
        <TagSidebar tags={tagsOf(...PAPERS, ['llm', 'agents'])} {...props} />
      </MemoryRouter>,
    );
    await user.type(search, 'm ');

    expect(search).toHaveValue(' llm ');
  });

  it('switches between most used and alphabetical order', async () => {
    const { user, nav, tagTexts } = await renderSidebar();
    const byCount = within(nav).getByRole('button', { name: '많은 순' });
    const byName = within(nav).getByRole('button', { name: '가나다순' });
    expect(byCount).toHaveAttribute('aria-pressed', 'true');
    expect(byName).toHaveAttribute('aria-pressed', 'false');

    await user.click(byName);
    expect(byName).toHaveAttribute('aria-pressed', 'true');
    expect(byCount).toHaveAttribute('aria-pressed', 'false');
    // Korean collation puts Hangul before Latin, and ignores case.
    expect(tagTexts()).toEqual(['#강화학습 2편', '#agents 1편', '#Diffusion 1편', '#LLM 3편']);

    // Keyboard only: Tab back to the other button and press it.
    await user.tab({ shift: true });
    expect(byCount).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(byCount).toHaveAttribute('aria-pressed', 'true');
    expect(tagTexts()).toEqual(['#LLM 3편', '#강화학습 2편', '#agents 1편', '#Diffusion 1편']);
  });

  it('remembers the order after the sidebar is mounted again', async () => {
    const { user, nav } = await renderSidebar();
    await user.click(within(nav).getByRole('button', { name: '가나다순' }));
    cleanup();

    const { nav: again, tagTexts } = await renderSidebar();
    expect(within(again).getByRole('button', { name: '가나다순' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(tagTexts()).toEqual(['#강화학습 2편', '#agents 1편', '#Diffusion 1편', '#LLM 3편']);
  });

  it('orders by most used when the stored order is not one it knows', async () => {
    localStorage.setItem('digest-reader:v1:tag-order', '{"order":');
    const { nav, tagTexts } = await renderSidebar();

    expect(within(nav).getByRole('button', { name: '많은 순' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(tagTexts()).toEqual(['#LLM 3편', '#강화학습 2편', '#agents 1편', '#Diffusion 1편']);
  });

  it('still changes the order, for this visit, when storage is blocked', async () => {
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(blocked);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(blocked);
    const { user, nav } = await renderSidebar();
    const byName = within(nav).getByRole('button', { name: '가나다순' });

    expect(within(nav).getByRole('button', { name: '많은 순' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.click(byName);
    expect(byName).toHaveAttribute('aria-pressed', 'true');
  });

  it('keeps the filter when the order changes', async () => {
    const { user, nav, search, tagTexts } = await renderSidebar();

    await user.type(search, 's');
    expect(tagTexts()).toEqual(['#agents 1편', '#Diffusion 1편']);
    await user.click(within(nav).getByRole('button', { name: '가나다순' }));
    expect(tagTexts()).toEqual(['#agents 1편', '#Diffusion 1편']);
    await user.type(search, 'i');
    expect(tagTexts()).toEqual(['#Diffusion 1편']);
  });

  it('navigates and calls onNavigate when a link is followed', async () => {
    const onNavigate = vi.fn();
    const { user, nav } = await renderSidebar({ onNavigate }, '/tags/llm');

    await user.click(within(nav).getByRole('link', { name: '강화학습 2편' }));
    expect(onNavigate).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status', { name: '현재 위치' })).toHaveTextContent(
      `/tags/${encodeURIComponent('강화학습')}`,
    );

    await user.click(within(nav).getByRole('link', { name: /^전체 논문/ }));
    expect(onNavigate).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('status', { name: '현재 위치' })).toHaveTextContent(/^\/$/);
  });

  it('does not call onNavigate for a click that opens the link elsewhere', async () => {
    const onNavigate = vi.fn();
    const { nav } = await renderSidebar({ onNavigate });
    const link = within(nav).getByRole('link', { name: 'LLM 3편' });
    // jsdom does not open tabs; stop its default action so it does not try to navigate either.
    link.addEventListener('click', (event) => event.preventDefault());

    fireEvent.click(link, { ctrlKey: true });
    fireEvent.click(link, { metaKey: true });
    expect(onNavigate).not.toHaveBeenCalled();
  });
});

describe('TagSidebar with many tags', () => {
  // tag-00 is on 70 papers, tag-01 on 69, … tag-69 on one: 70 tags, most used first.
  const many = Array.from({ length: 70 }, (_, n) =>
    Array.from({ length: 70 - n }, () => [`tag-${String(n).padStart(2, '0')}`]),
  ).flat();

  it('lists the 60 most used and shows the rest on request', async () => {
    const { user, nav, tagTexts } = await renderSidebar({ tags: tagsOf(...many) });
    expect(tagTexts()).toHaveLength(60);
    expect(tagTexts()[59]).toBe('#tag-59 11편');

    const more = within(nav).getByRole('button', { name: '태그 10개 더 보기' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(tagTexts()).toHaveLength(70);
    const fewer = within(nav).getByRole('button', { name: '많이 쓰인 태그만 보기' });
    expect(fewer).toHaveAttribute('aria-expanded', 'true');
    await user.click(fewer);
    expect(tagTexts()).toHaveLength(60);
  });

  it('always lists a chosen or excluded tag, and finds any tag by search', async () => {
    const { user, search, tagTexts } = await renderSidebar({
      tags: tagsOf(...many),
      selected: ['tag-65'],
      excluded: ['tag-69'],
    });
    expect(tagTexts()).toHaveLength(62);
    expect(tagTexts().slice(-2)).toEqual(['#tag-65 5편', '#tag-69 (제외됨) 1편']);

    await user.type(search, 'tag-6');
    expect(tagTexts().filter((text) => text?.startsWith('#tag-6'))).toHaveLength(10);
  });
});
