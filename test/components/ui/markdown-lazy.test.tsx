import { render, screen, waitFor } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { Abstract, Markdown } from '../../../src/components/ui/markdown';

/** Holds every import of KaTeX until the test lets it finish. */
const katexImports = vi.hoisted(() => ({ waiting: [] as (() => void)[] }));

vi.mock('katex', async (importOriginal) => {
  await new Promise<void>((resolve) => katexImports.waiting.push(resolve));
  return importOriginal();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

it('loads KaTeX only for text with math and shows the TeX source until it has loaded', async () => {
  const { container, rerender } = render(
    <>
      <Markdown text="수식 없는 설명 (https://arxiv.org/abs/2403.04652)" />
      <Abstract text={'An abstract with \\textbf{no} math, costing $5 or $10.'} />
    </>,
  );
  await settle();
  expect(katexImports.waiting).toHaveLength(0);

  rerender(
    <>
      <Markdown text={'식 $x^2$ 끝'} />
      <Abstract text={'We use $\\alpha$-blending.'} />
    </>,
  );
  await waitFor(() => expect(katexImports.waiting).toHaveLength(1));
  expect(container).toHaveTextContent('식 $x^2$ 끝');
  expect(screen.getByText('\\alpha').tagName).toBe('CODE');
  expect(container.querySelector('.katex')).toBeNull();

  katexImports.waiting[0]?.();
  await waitFor(() => expect(container.querySelectorAll('.katex')).toHaveLength(2));
  expect(container).toHaveTextContent('식');
  expect(container).toHaveTextContent('-blending.');
  expect(katexImports.waiting).toHaveLength(1);
});
