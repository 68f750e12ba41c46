import { render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { PaperRow } from '../../../src/features/papers/components/paper-row';
import { makeEntry } from '../../support/entry-factory';

function renderRow(title: string, query = '') {
  return render(
    <PaperRow
      entry={makeEntry({ title, commentary: '' })}
      href="/paper/x"
      selected={false}
      cursor={false}
      read={false}
      bookmarked={false}
      onToggleBookmark={() => undefined}
      query={query}
    />,
    { wrapper: MemoryRouter },
  );
}

describe('PaperRow title', () => {
  it('typesets a TeX title and names link and bookmark in plain text', async () => {
    const { container } = renderRow('S$^2$R: Scaling on $\\mu$P', 'scaling');
    expect(
      await screen.findByRole('link', { name: 'S²R: Scaling on μP' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '책갈피: S²R: Scaling on μP' })).toBeInTheDocument();
    await waitFor(() => expect(container.querySelectorAll('.katex')).toHaveLength(2), {
      timeout: 5000,
    });
    expect(screen.getByRole('heading', { level: 4 }).textContent).not.toContain('$');
  });

  it('still marks search matches in a title without TeX', () => {
    renderRow('Scaling Laws for Data', 'scaling');
    expect(screen.getByText('Scaling').tagName).toBe('MARK');
  });
});
