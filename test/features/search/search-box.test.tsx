import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchBox } from '../../../src/features/search/components/search-box';
import { TYPING_PAUSE_MS } from '../../../src/features/search/use-typed-text';

afterEach(() => {
  vi.useRealTimers();
});

/** The box over a URL value that the test moves by hand, as a late router render would. */
function renderBox(value = '') {
  const onChange = vi.fn<(value: string) => void>();
  const onLeave = vi.fn<() => void>();
  const props = { onChange, onLeave, count: null, preparing: false };
  const view = render(<SearchBox value={value} {...props} />);
  const box = screen.getByRole('searchbox', { name: '논문 검색' });
  const setUrl = (next: string) => view.rerender(<SearchBox value={next} {...props} />);
  return { box, onChange, onLeave, setUrl };
}

/** What an input method does to the box: compose, updating the text, then commit. */
function compose(box: HTMLElement, steps: string[]) {
  fireEvent.compositionStart(box);
  for (const step of steps) fireEvent.change(box, { target: { value: step } });
  fireEvent.compositionEnd(box);
}

describe('SearchBox', () => {
  it('says the search is being prepared while the index is not ready', () => {
    render(<SearchBox value="모델" onChange={() => {}} count={null} preparing />);
    expect(screen.getByRole('status')).toHaveTextContent('검색 준비 중…');
  });

  it('shows the number of matching papers once it is ready', () => {
    render(<SearchBox value="모델" onChange={() => {}} count={1234} preparing={false} />);
    expect(screen.getByRole('status')).toHaveTextContent('1,234건');
  });

  it('says nothing without a query', () => {
    render(<SearchBox value="" onChange={() => {}} count={null} preparing={false} />);
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('keeps every key while the URL lags behind the typing', async () => {
    const user = userEvent.setup();
    const { box, setUrl } = renderBox();

    // The URL stays empty, then catches up with an early keystroke only.
    await user.type(box, 'diffusion');
    setUrl('d');
    await user.type(box, ' model');
    setUrl('diffusion m');

    expect(box).toHaveValue('diffusion model');
  });

  it('is not rewritten from the URL while an input method composes in it', () => {
    const { box, setUrl } = renderBox();

    fireEvent.compositionStart(box);
    fireEvent.change(box, { target: { value: 'ㅁ' } });
    setUrl('ㅁ');
    fireEvent.change(box, { target: { value: '모' } });
    setUrl('');
    fireEvent.change(box, { target: { value: '모델' } });

    expect(box).toHaveValue('모델');
  });

  it('follows the URL when the reader is not typing in it (Back, a link)', async () => {
    const user = userEvent.setup();
    const { box, setUrl } = renderBox('모델');

    setUrl('강화학습');
    expect(box).toHaveValue('강화학습');

    await user.type(box, ' 추론');
    await user.tab();
    setUrl('diffusion');
    expect(box).toHaveValue('diffusion');
  });

  it('writes to the URL after a pause in typing, once, with its spaces', () => {
    vi.useFakeTimers();
    const { box, onChange } = renderBox();
    box.focus();

    for (const text of [' ', ' d', ' di', ' di ', ' di  m']) {
      fireEvent.change(box, { target: { value: text } });
      act(() => {
        vi.advanceTimersByTime(TYPING_PAUSE_MS - 50);
      });
    }
    expect(onChange).not.toHaveBeenCalled();

    act(() => {
      vi.advanceTimersByTime(50);
    });
    expect(onChange.mock.calls).toEqual([[' di  m']]);
  });

  it('writes at once when a composition ends and when the box loses focus', () => {
    vi.useFakeTimers();
    const { box, onChange } = renderBox();
    box.focus();

    compose(box, ['ㅁ', '모', '몯', '모ㄷ', '모데', '모델']);
    expect(onChange.mock.calls).toEqual([['모델']]);

    fireEvent.change(box, { target: { value: '모델 ' } });
    fireEvent.blur(box);
    expect(onChange.mock.calls).toEqual([['모델'], ['모델 ']]);

    // Nothing was waiting to be written.
    act(() => {
      vi.advanceTimersByTime(TYPING_PAUSE_MS);
    });
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('keeps what the reader saw when they leave the box after the URL moved under it', async () => {
    const user = userEvent.setup();
    const { box, onChange, setUrl } = renderBox('모델');

    await user.click(box);
    setUrl('');
    expect(box).toHaveValue('모델');
    await user.tab();

    expect(onChange).toHaveBeenLastCalledWith('모델');
  });

  it('clears with Escape at once, then gives the list back with a second Escape', async () => {
    const user = userEvent.setup();
    const { box, onChange, onLeave } = renderBox('모델');

    await user.click(box);
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
    expect(onChange).toHaveBeenLastCalledWith('');
    expect(onLeave).not.toHaveBeenCalled();

    await user.keyboard('{Escape}');
    expect(onLeave).toHaveBeenCalledOnce();
  });

  it('leaves Escape that cancels a composition to the input method', () => {
    const { box, onChange, onLeave } = renderBox();
    box.focus();

    fireEvent.compositionStart(box);
    fireEvent.change(box, { target: { value: '모' } });
    fireEvent.keyDown(box, { key: 'Escape', isComposing: true });

    expect(box).toHaveValue('모');
    expect(onChange).not.toHaveBeenCalledWith('');
    expect(onLeave).not.toHaveBeenCalled();
  });
});
