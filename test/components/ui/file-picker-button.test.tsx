import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FilePickerButton } from '../../../src/components/ui/file-picker-button';

describe('FilePickerButton', () => {
  it('is one button in the tab order, and hands over each pick, the same file picked again too', async () => {
    const user = userEvent.setup();
    const onFile = vi.fn();
    render(
      <FilePickerButton accept=".txt" inputLabel="다이제스트 파일" className="" onFile={onFile}>
        파일 열기
      </FilePickerButton>,
    );
    await user.tab();
    expect(screen.getByRole('button', { name: '파일 열기' })).toHaveFocus();
    expect(screen.getByLabelText('다이제스트 파일')).toHaveAttribute('tabindex', '-1');

    const file = new File(['2024년 3월 8일'], 'day.txt', { type: 'text/plain' });
    await user.upload(screen.getByLabelText('다이제스트 파일'), file);
    await user.upload(screen.getByLabelText('다이제스트 파일'), file);
    expect(onFile.mock.calls).toEqual([[file], [file]]);
  });
});
