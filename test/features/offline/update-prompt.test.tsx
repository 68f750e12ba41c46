import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import UpdatePrompt, {
  UPDATE_WAITING_ATTRIBUTE,
} from '../../../src/features/offline/components/update-prompt';

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

it("marks the page while it is up, so that the archive's notices rise above it", () => {
  const { unmount } = render(<UpdatePrompt onReload={() => {}} />);
  expect(document.documentElement).toHaveAttribute(UPDATE_WAITING_ATTRIBUTE);
  unmount();
  expect(document.documentElement).not.toHaveAttribute(UPDATE_WAITING_ATTRIBUTE);
});
