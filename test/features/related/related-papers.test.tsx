import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { buildCatalog, type Catalog } from '../../../src/catalog';
import type { DigestEntry } from '../../../src/digest';
import { reasonText, RelatedPapers } from '../../../src/features/related/components/related-papers';
import type { ListContext } from '../../../src/features/navigation/paths';
import { makeEntry } from '../../support/entry-factory';

const open = makeEntry({
  title: 'Reward model overoptimization in RLHF',
  authors: ['Leo Gao', 'John Schulman'],
  tags: ['rlhf'],
  abstract: 'Reward models are overoptimized when the policy exploits them.',
  commentary: '보상 모델을 과최적화하는 문제를 다룹니다.',
});
/** Papers that each share something with `open`, and a few that share little. */
const others = [
  makeEntry({
    title: 'Scaling laws for reward model overoptimization',
    authors: ['Leo Gao', 'Someone Else'],
    tags: ['rlhf'],
  }),
  makeEntry({ title: 'Reward hacking in policy optimization', tags: ['alignment'] }),
  makeEntry({ title: 'Direct preference optimization without a reward model', tags: [] }),
  makeEntry({ title: 'Reward ensembles against overoptimization', tags: ['alignment'] }),
  makeEntry({ title: 'Policy gradients with learned rewards', tags: [] }),
  makeEntry({ title: 'Protein folding with graph networks', tags: ['biology'] }),
  makeEntry({ title: 'Weather forecasting at kilometre scale', tags: ['climate'] }),
];
const catalog = buildCatalog([open, ...others]);
const context: ListContext = { tag: 'rlhf', view: 'abstract', list: 'all', filters: 'q=reward' };

function Where() {
  const location = useLocation();
  return <output>{`${location.pathname}${location.search}`}</output>;
}

function tree(props: { catalog: Catalog | null; complete: boolean; entry?: DigestEntry }) {
  return (
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter initialEntries={['/papers/open']}>
        <Routes>
          <Route path="*" element={<RelatedPapers entry={open} context={context} {...props} />} />
        </Routes>
        <Where />
      </MemoryRouter>
    </QueryClientProvider>
  );
}

const region = () => screen.getByRole('region', { name: '비슷한 논문' });

describe('RelatedPapers', () => {
  it('holds five empty rows, and no links, while the digest still loads', () => {
    render(tree({ catalog, complete: false }));

    expect(region()).toHaveAttribute('aria-busy', 'true');
    expect(within(region()).queryAllByRole('link')).toEqual([]);
  });

  it('lists the five most similar papers once the digest is whole, each with why', async () => {
    render(tree({ catalog, complete: true }));

    const list = await within(region()).findByRole('list');
    const links = within(list).getAllByRole('link');
    expect(links).toHaveLength(5);
    expect(links[0]).toHaveAccessibleName('Scaling laws for reward model overoptimization');
    expect(within(list).getByText('같은 태그 #rlhf · 같은 저자 Leo Gao')).toBeInTheDocument();
    expect(region()).not.toHaveAttribute('aria-busy');
    const unrelated = links.map((link) => link.textContent);
    expect(unrelated).not.toContain(open.title);
  });

  it('opens a related paper in the list it was opened from', async () => {
    const user = userEvent.setup();
    render(tree({ catalog, complete: true }));

    const first = others[0] as DigestEntry;
    await user.click(await screen.findByRole('link', { name: first.title }));

    expect(screen.getByRole('status')).toHaveTextContent(
      `/papers/${first.id}?q=reward&tag=rlhf&view=abstract`,
    );
  });

  it('shows nothing in a digest of one paper', async () => {
    const { container } = render(tree({ catalog: buildCatalog([open]), complete: true }));

    await expect.poll(() => container.querySelector('section')).toBeNull();
  });

  it('is taken over from the HTML the server rendered, unchanged', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(tree({ catalog, complete: false }));
    document.body.append(container);
    const errors: unknown[] = [];

    await act(async () => {
      hydrateRoot(container, tree({ catalog, complete: false }), {
        onRecoverableError: (error) => errors.push(error),
      });
      await Promise.resolve();
    });

    expect(errors).toEqual([]);
    expect(within(container).getByRole('region', { name: '비슷한 논문' })).toHaveAttribute(
      'aria-busy',
      'true',
    );
    container.remove();
  });
});

describe('reasonText', () => {
  it('names shared tags and authors, the first two authors then how many more', () => {
    expect(
      reasonText({ tags: ['llm', 'rl'], authors: ['A', 'B', 'C', 'D'], words: ['reward'] }),
    ).toBe('같은 태그 #llm #rl · 같은 저자 A, B 외 2명');
  });

  it('names the shared words when no tag or author is shared', () => {
    expect(reasonText({ tags: [], authors: [], words: ['modality', '강화학습'] })).toBe(
      '겹치는 말 modality, 강화학습',
    );
  });
});
