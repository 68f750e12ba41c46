import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import UpdatePrompt from '../../../src/features/offline/components/update-prompt';

it('announces a new version and reloads into it once, from the keyboard', async () => {
  const onReload = vi.fn();
  render(<UpdatePrompt onReload={onReload} />);
  expect(screen.getByText('새 버전이 있습니다')).toBeInTheDocument();

  const user = userEvent.setup();
  await user.tab();
  const button = screen.getByRole('button', { name: '새로고침' });
  expect(button).toHaveFocus();
  await user.keyboard('{Enter}');
  await user.click(button);
  expect(onReload).toHaveBeenCalledTimes(1);
  expect(button).toBeDisabled();
});
