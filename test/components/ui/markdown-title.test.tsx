import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Abstract } from '../../../src/components/ui/markdown';
import { PaperTitle } from '../../../src/components/ui/markdown-title';
import { findFormula } from '../../support/find-formula';

describe('PaperTitle', () => {
  it('shows a title without TeX as written, with search matches marked', () => {
    render(
      <h2>
        <PaperTitle title="Don't -- stop now" ranges={[[6, 8]]} />
      </h2>,
    );
    expect(screen.getByRole('heading', { name: "Don't -- stop now" })).toBeInTheDocument();
    expect(screen.getByText('--').tagName).toBe('MARK');
  });

  it('typesets the math of a title and gives it a plain-text name', async () => {
    const { container } = render(
      <h2>
        <PaperTitle title="S$^2$R: scaling $\mu$P" ranges={[[0, 1]]} />
      </h2>,
    );
    // The typesetter is fetched with the first TeX title; until then the title shows as written.
    expect(
      await screen.findByRole('heading', { name: 'S²R: scaling μP' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    await findFormula(container, '^2');
    await findFormula(container, '\\mu');
    expect(container.querySelector('mark')).toBeNull();
  });

  it('keeps hostile titles inert', async () => {
    const { container } = render(
      <h2>
        <PaperTitle title={'<script>alert(1)</script> \\href{javascript:alert(1)}{x} $y$'} />
      </h2>,
    );
    expect(
      await screen.findByRole(
        'heading',
        { name: '<script>alert(1)</script> x y' },
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(container.querySelector('script, a')).toBeNull();
  });
});

describe('Abstract with TeX from arXiv', () => {
  it('typesets glued math, keeps prices and sets \\texttt as code', async () => {
    const { container } = render(
      <Abstract
        text={
          'At 256$\\times$256 it costs $0.70 per million with \\texttt{Qwen2.5-7B} -- and \\underline{M}ore.'
        }
      />,
    );
    await findFormula(container, '\\times');
    expect(container).toHaveTextContent(/costs \$0\.70 per million/);
    expect(screen.getByText('Qwen2.5-7B').tagName).toBe('CODE');
    expect(screen.getByText('M').tagName).toBe('U');
    expect(container).toHaveTextContent('– and');
    expect(container.textContent).not.toContain('$\\times');
  });
});
