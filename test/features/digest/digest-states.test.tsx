import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { DigestSkeleton } from '../../../src/features/digest/components/digest-states';
import { afterNextFrame } from '../../support/frames';

describe('DigestSkeleton', () => {
  it('says the digest is loading, and its type sample adds nothing to read or to focus', async () => {
    const { container } = render(<DigestSkeleton />, { wrapper: MemoryRouter });
    await act(() => afterNextFrame());

    expect(screen.getByRole('status')).toHaveTextContent('다이제스트를 불러오는 중…');
    const sample = container.querySelector('[inert]');
    expect(sample).toHaveAttribute('aria-hidden', 'true');
    expect(sample).toHaveTextContent('Scaling Language Models');
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('heading')).toBeNull();
  });
});
