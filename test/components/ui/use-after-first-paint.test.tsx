import { act, render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { useAfterFirstPaint } from '../../../src/components/ui/use-after-first-paint';
import { afterNextFrame } from '../../support/frames';

function Probe() {
  return <output aria-label="painted">{String(useAfterFirstPaint())}</output>;
}

it('is false for the first frame and true once it has been painted', async () => {
  render(<Probe />);
  expect(screen.getByRole('status', { name: 'painted' })).toHaveTextContent('false');
  await act(() => afterNextFrame());
  expect(screen.getByRole('status', { name: 'painted' })).toHaveTextContent('true');
});
