import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Drawer } from '../../../src/components/ui/drawer';

describe('Drawer', () => {
  it('renders none of its content while closed', () => {
    render(
      <Drawer open={false} onClose={() => {}} label="태그">
        <a href="/tags/llm">#llm</a>
      </Drawer>,
    );
    expect(screen.queryByText('#llm')).toBeNull();
  });

  it('renders its content when open', () => {
    render(
      <Drawer open onClose={() => {}} label="태그">
        <a href="/tags/llm">#llm</a>
      </Drawer>,
    );
    expect(screen.getByText('#llm')).toBeInTheDocument();
  });
});
