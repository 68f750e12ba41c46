import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation, useParams } from 'react-router';
import { describe, expect, it } from 'vitest';
import { buildCatalog, type Catalog } from '../../../src/catalog';
import type { DigestEntry } from '../../../src/digest';
import { PaperDetail } from '../../../src/features/paper-detail/components/paper-detail';
import { makeEntry } from '../../support/entry-factory';

const eva = makeEntry({
  id: 'eva',
  date: '2023-02-09',
  title: 'Efficient Attention via Control Variates',
  authors: ['Lin Zheng', 'José García '],
  links: ['https://arxiv.org/abs/2302.04542'],
  commentary: '효율적인 attention.',
});
const citer = makeEntry({
  id: 'citer',
  date: '2023-03-01',
  title: 'Long Context In-Context Learning',
  links: ['https://arxiv.org/abs/2303.00001'],
  commentary:
    'efficient attention으로는 EVA (https://arxiv.org/abs/2302.04542v2) 를 썼습니다. ' +
    '비교: https://arxiv.org/abs/2112.07916',
});

function Where() {
  const location = useLocation();
  return <output>{`${location.pathname}${location.search}`}</output>;
}

function Paper({ catalog }: { catalog: Catalog | null }) {
  const { id } = useParams();
  const entry = catalog?.paper(id ?? '') as DigestEntry;
  return <PaperDetail entry={entry} view="both" tag={null} catalog={catalog} />;
}

function renderPaper(path: string, catalog: Catalog | null) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/papers/:id" element={<Paper catalog={catalog} />} />
        <Route path="*" element={null} />
      </Routes>
      <Where />
    </MemoryRouter>,
  );
}

describe('PaperDetail: authors', () => {
  it('links every author to their page, keeping the digest opened by address', () => {
    renderPaper(
      '/papers/eva?src=https%3A%2F%2Fexample.com%2Fd.txt&view=abstract',
      buildCatalog([eva]),
    );
    const authors = screen.getByRole('list', { name: '저자' });
    expect(within(authors).getByRole('link', { name: 'Lin Zheng' })).toHaveAttribute(
      'href',
      '/authors/Lin%20Zheng?src=https%3A%2F%2Fexample.com%2Fd.txt',
    );
    expect(within(authors).getByRole('link', { name: 'José García' })).toHaveAttribute(
      'href',
      '/authors/Jos%C3%A9%20Garc%C3%ADa?src=https%3A%2F%2Fexample.com%2Fd.txt',
    );
  });
});

describe('PaperDetail: citations', () => {
  it('opens a cited paper of the archive in the app, and others on arXiv in a new tab', async () => {
    renderPaper('/papers/citer?view=commentary', buildCatalog([citer, eva]));
    const commentary = screen.getByRole('region', { name: '해설' });
    const inside = within(commentary).getByRole('link', {
      name: 'https://arxiv.org/abs/2302.04542v2',
    });
    expect(inside).toHaveAttribute('href', '/papers/eva?view=commentary');
    expect(inside).not.toHaveAttribute('target');
    const outside = within(commentary).getByRole('link', {
      name: 'https://arxiv.org/abs/2112.07916',
    });
    expect(outside).toHaveAttribute('target', '_blank');
    expect(outside).toHaveAttribute('rel', 'noopener noreferrer');

    await userEvent.click(inside);
    expect(screen.getByRole('status')).toHaveTextContent('/papers/eva?view=commentary');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(eva.title);
  });

  it('lists the papers whose commentary mentions this one', () => {
    renderPaper('/papers/eva', buildCatalog([citer, eva]));
    const section = screen.getByRole('region', { name: '이 논문을 언급한 글' });
    expect(within(section).getByRole('link', { name: citer.title })).toHaveAttribute(
      'href',
      '/papers/citer',
    );
    expect(section).toHaveTextContent('2023년 3월 1일');
  });

  it('leaves links to arXiv and shows no mentions while only this paper is known', () => {
    renderPaper('/papers/citer', buildCatalog([citer]));
    expect(
      screen.getByRole('link', { name: 'https://arxiv.org/abs/2302.04542v2' }),
    ).toHaveAttribute('target', '_blank');
    renderPaper('/papers/eva', buildCatalog([eva]));
    expect(screen.queryByRole('region', { name: '이 논문을 언급한 글' })).toBeNull();
  });
});
