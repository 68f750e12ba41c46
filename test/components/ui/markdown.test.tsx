import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { Abstract, Markdown } from '../../../src/components/ui/markdown';
import { findFormula } from '../../support/find-formula';
import { HOSTILE_HTML, HOSTILE_HTML_BLOCK, HOSTILE_LINKS } from '../../support/hostile-markup';

/** Nothing that can run code or fetch on its own made it into the page. */
function expectInert(container: HTMLElement) {
  expect(container.querySelector('script, img, iframe, object, embed, style')).toBeNull();
  expect(container.querySelector('[onerror], [onload], [onclick]')).toBeNull();
  for (const link of container.querySelectorAll('a')) {
    expect(link.getAttribute('href')).toMatch(/^(https?:\/\/|mailto:)/i);
  }
}

describe('Markdown', () => {
  it('renders paragraphs, emphasis and the language', () => {
    const { container } = render(
      <Markdown text={'첫 문단 **강조**\n\n둘째 문단'} lang="ko" className="prose" />,
    );
    const root = container.firstElementChild;
    expect(root).toHaveAttribute('lang', 'ko');
    expect(root).toHaveClass('prose');
    expect(screen.getByText('강조').tagName).toBe('STRONG');
    expect(screen.getByText('둘째 문단').tagName).toBe('P');
  });

  it('turns bare URLs and parenthesised references into links that open in a new tab', () => {
    render(
      <Markdown
        text={'관련 논문 (https://arxiv.org/abs/2403.04652) 와 https://github.com/01-ai/Yi 참고'}
      />,
    );
    const paper = screen.getByRole('link', { name: 'https://arxiv.org/abs/2403.04652' });
    expect(paper).toHaveAttribute('href', 'https://arxiv.org/abs/2403.04652');
    expect(paper).toHaveAttribute('target', '_blank');
    expect(paper).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByRole('link', { name: 'https://github.com/01-ai/Yi' })).toHaveAttribute(
      'href',
      'https://github.com/01-ai/Yi',
    );
  });

  it('opens a link in the app where linkTarget gives it a path, and any other in a new tab', async () => {
    function Path() {
      return <output>{useLocation().pathname}</output>;
    }
    const linkTarget = (href: string) =>
      href === 'https://arxiv.org/abs/2403.04652' ? '/papers/yi' : null;
    render(
      <MemoryRouter>
        <Markdown
          text={'Yi (https://arxiv.org/abs/2403.04652) 와 https://arxiv.org/abs/2409.19606'}
          linkTarget={linkTarget}
        />
        <Path />
      </MemoryRouter>,
    );
    const inside = screen.getByRole('link', { name: 'https://arxiv.org/abs/2403.04652' });
    expect(inside).toHaveAttribute('href', '/papers/yi');
    expect(inside).not.toHaveAttribute('target');
    const outside = screen.getByRole('link', { name: 'https://arxiv.org/abs/2409.19606' });
    expect(outside).toHaveAttribute('href', 'https://arxiv.org/abs/2409.19606');
    expect(outside).toHaveAttribute('target', '_blank');
    expect(outside).toHaveAttribute('rel', 'noopener noreferrer');
    await userEvent.click(inside);
    expect(screen.getByRole('status')).toHaveTextContent('/papers/yi');
  });

  it('keeps mailto links live', () => {
    render(<Markdown text="[메일](mailto:editor@example.com)" />);
    expect(screen.getByRole('link', { name: '메일' })).toHaveAttribute(
      'href',
      'mailto:editor@example.com',
    );
  });

  it.each(HOSTILE_HTML)('shows the raw HTML %s as text', (html) => {
    const { container } = render(<Markdown text={`앞 ${html} 뒤`} />);
    expect(container).toHaveTextContent(`앞 ${html} 뒤`);
    expectInert(container);
  });

  it('shows raw HTML blocks as text', () => {
    const { container } = render(<Markdown text={HOSTILE_HTML_BLOCK} />);
    expect(container).toHaveTextContent('<script>alert(1)</script>');
    expectInert(container);
  });

  it.each(HOSTILE_LINKS)('renders %s as plain text', (markdown) => {
    const { container } = render(<Markdown text={markdown} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(container.querySelector('a')).toBeNull();
    expectInert(container);
  });

  it('shows the alt text of images instead of loading them', () => {
    const { container } = render(<Markdown text="![추적 픽셀](https://evil.example.com/p.png)" />);
    expect(container).toHaveTextContent('추적 픽셀');
    expectInert(container);
  });

  it('typesets $…$, $$…$$ and \\(…\\) with KaTeX once it has loaded', async () => {
    const { container } = render(
      <Markdown text={'에너지 $E=mc^2$, 합 $$\\sum_i x_i$$, 비율 \\(\\frac{a}{b}\\) 입니다.'} />,
    );
    await findFormula(container, 'E=mc^2');
    await findFormula(container, '\\sum_i x_i');
    await findFormula(container, '\\frac{a}{b}');
    expect(container.querySelectorAll('.katex')).toHaveLength(3);
    expect(container).toHaveTextContent('에너지');
  });

  it('shows the source of a formula KaTeX cannot parse', async () => {
    const { container } = render(<Markdown text={'좋은 식 $x^2$ 과 깨진 식 $\\frac{$'} />);
    await findFormula(container, 'x^2');
    const broken = screen.getByText('\\frac{');
    expect(broken.tagName).toBe('CODE');
    expect(broken).toHaveAttribute('title', expect.stringContaining('KaTeX parse error'));
  });

  it('never lets a formula create a link', async () => {
    const { container } = render(
      <Markdown text={'식 $x + \\href{javascript:alert(1)}{y} + \\url{javascript:alert(2)}$ 끝'} />,
    );
    await findFormula(container, 'x + \\href{javascript:alert(1)}{y} + \\url{javascript:alert(2)}');
    expect(screen.queryByRole('link')).toBeNull();
    expect(container.querySelector('a[href^="javascript" i]')).toBeNull();
    expectInert(container);
  });

  it('keeps math source in code as written', () => {
    render(<Markdown text={'코드 `$x$` 는 그대로'} />);
    expect(screen.getByText('$x$').tagName).toBe('CODE');
  });
});

describe('Abstract', () => {
  it('renders LaTeX typography as elements in English', () => {
    const { container } = render(
      <Abstract
        text={
          "Human Feedback (\\textbf{RLHF}) is \\emph{very} good for PixArt-\\Sigma~and ``chat'' models, 95\\% R\\&D."
        }
      />,
    );
    expect(container.firstElementChild).toHaveAttribute('lang', 'en');
    expect(screen.getByText('RLHF').tagName).toBe('STRONG');
    expect(screen.getByText('very').tagName).toBe('EM');
    expect(container.textContent).toBe(
      'Human Feedback (RLHF) is very good for PixArt-Σ\u00a0and “chat” models, 95% R&D.',
    );
  });

  it('renders safe links and leaves unsafe ones as text', () => {
    const { container } = render(
      <Abstract
        text={
          'See \\href{https://github.com/x/y}{our code}, \\href{javascript:alert(1)}{this} and \\url{data:text/html,<script>alert(1)</script>}.'
        }
      />,
    );
    const link = screen.getByRole('link', { name: 'our code' });
    expect(link).toHaveAttribute('href', 'https://github.com/x/y');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(container).toHaveTextContent('this and data:text/html,<script>alert(1)</script>.');
    expectInert(container);
  });

  it('typesets formulas with KaTeX and shows the source of broken ones', async () => {
    const { container } = render(
      <Abstract text={'We scale to $O(n \\log n)$ but $\\frac{$ fails.'} />,
    );
    await findFormula(container, 'O(n \\log n)');
    expect(container.querySelectorAll('.katex')).toHaveLength(1);
    await waitFor(() =>
      expect(screen.getByText('\\frac{')).toHaveAttribute(
        'title',
        expect.stringContaining('KaTeX'),
      ),
    );
    expect(screen.getByText('\\frac{').tagName).toBe('CODE');
  });

  it('typesets $$…$$ in display mode', async () => {
    const { container } = render(
      <Abstract text={'The loss $$\\sum_i \\ell_i$$ is minimised.'} className="prose" />,
    );
    const formula = await findFormula(container, '\\sum_i \\ell_i');
    expect(formula?.parentElement).toHaveClass('katex-display');
    expect(container.firstElementChild).toHaveClass('prose');
  });

  it('never lets a formula create a link', async () => {
    const { container } = render(
      <Abstract text={'Math $x + \\href{javascript:alert(1)}{y}$ here.'} />,
    );
    await findFormula(container, 'x + \\href{javascript:alert(1)}{y}');
    expect(screen.queryByRole('link')).toBeNull();
    expectInert(container);
  });
});
