import { render, screen, waitFor } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { Abstract, Markdown } from '../../../src/components/ui/markdown';

const katexImports = vi.hoisted(() => ({ count: 0 }));

vi.mock('katex', () => {
  katexImports.count++;
  throw new Error('offline');
});

it('keeps showing the TeX source when KaTeX cannot be loaded', async () => {
  const { container } = render(
    <>
      <Markdown text={'식 $x^2$ 끝'} />
      <Abstract text={'We use $\\alpha$-blending.'} />
    </>,
  );
  await waitFor(() => expect(katexImports.count).toBeGreaterThan(0));
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(container).toHaveTextContent('식 $x^2$ 끝');
  expect(screen.getByText('\\alpha').tagName).toBe('CODE');
  expect(container.querySelector('.katex')).toBeNull();
});
