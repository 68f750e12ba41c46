import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  ListToolbar,
  type ListToolbarProps,
} from '../../../src/features/papers/components/list-toolbar';

/** Dates with papers, newest first, as the reader gives them. */
const DATES = ['2024-03-12', '2024-03-08', '2024-03-06'];

/** The toolbar with its date range kept in state, as the URL keeps it in the app. */
function Toolbar({ dates }: { dates: readonly string[] }) {
  const [range, setRange] = useState<Pick<ListToolbarProps, 'from' | 'to'>>({
    from: null,
    to: null,
  });
  return (
    <ListToolbar
      list="all"
      unreadOnly={false}
      order="newest"
      sort="saved"
      {...range}
      dates={dates}
      onChange={({ from, to }) =>
        setRange((current) => ({
          from: from === undefined ? current.from : from,
          to: to === undefined ? current.to : to,
        }))
      }
    />
  );
}

function renderToolbar(dates: readonly string[] = DATES) {
  const user = userEvent.setup();
  render(<Toolbar dates={dates} />);
  const group = screen.getByRole('group', { name: '날짜' });
  return {
    user,
    jumpField: within(group).getByLabelText('날짜로 이동'),
    jumpButton: within(group).getByRole('button', { name: '이동' }),
    status: within(group).getByRole('status'),
    /** The one day shown, read from the date range. */
    shownDay: () => {
      const from = within(group).getByLabelText('시작 날짜');
      const to = within(group).getByLabelText('끝 날짜');
      expect(from).toHaveValue((to as HTMLInputElement).value);
      return (from as HTMLInputElement).value;
    },
  };
}

describe('ListToolbar: jump to a date', () => {
  it('offers only the span of dates that have papers', () => {
    const { jumpField } = renderToolbar();

    expect(jumpField).toHaveAttribute('type', 'date');
    expect(jumpField).toHaveAttribute('min', '2024-03-06');
    expect(jumpField).toHaveAttribute('max', '2024-03-12');
  });

  it('shows the chosen day alone when it has papers', async () => {
    const { user, jumpField, jumpButton, status, shownDay } = renderToolbar();

    await user.type(jumpField, '2024-03-08');
    await user.click(jumpButton);

    expect(shownDay()).toBe('2024-03-08');
    expect(status).toBeEmptyDOMElement();
  });

  it('shows the nearest day with papers instead, and says so', async () => {
    const { user, jumpField, jumpButton, status, shownDay } = renderToolbar();

    await user.type(jumpField, '2024-03-09');
    await user.click(jumpButton);

    expect(shownDay()).toBe('2024-03-08');
    expect(status).toHaveTextContent(
      '2024년 3월 9일 (토)에는 논문이 없어 2024년 3월 8일 (금)을 보여 줍니다',
    );

    // Two days either way: the earlier one.
    await user.clear(jumpField);
    await user.type(jumpField, '2024-03-10');
    await user.click(jumpButton);
    expect(shownDay()).toBe('2024-03-08');
    expect(status).toHaveTextContent('2024년 3월 10일 (일)에는 논문이 없어');

    // Beyond the last date with papers: the last one.
    await user.clear(jumpField);
    await user.type(jumpField, '2025-01-01');
    await user.click(jumpButton);
    expect(shownDay()).toBe('2024-03-12');

    // Another day shown, the note no longer holds.
    await user.click(screen.getByRole('button', { name: '이전 날' }));
    expect(shownDay()).toBe('2024-03-08');
    expect(status).toBeEmptyDOMElement();
  });

  it('works from the keyboard: Tab to the field, type a date, Enter', async () => {
    const { user, jumpField, status, shownDay } = renderToolbar();

    // 안 읽은 것만, 최신순, 오래된순, 이전 날 (다음 날 is disabled with no day shown), then the
    // button that unfolds the date fields in a narrow list.
    for (let press = 0; press < 5; press++) await user.tab();
    const unfold = screen.getByRole('button', { name: '날짜 고르기' });
    expect(unfold).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(unfold).toHaveAttribute('aria-expanded', 'true');
    await user.tab();
    expect(jumpField).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(shownDay()).toBe('');

    await user.keyboard('2024-03-05{Enter}');
    expect(shownDay()).toBe('2024-03-06');
    expect(status).toHaveTextContent(
      '2024년 3월 5일 (화)에는 논문이 없어 2024년 3월 6일 (수)을 보여 줍니다',
    );
    expect(jumpField).toHaveFocus();
  });

  it('folds the date fields away until asked for, unless a range is already chosen', async () => {
    const { user } = renderToolbar();
    const unfold = screen.getByRole('button', { name: '날짜 고르기' });
    const fields = document.getElementById(unfold.getAttribute('aria-controls') ?? '');
    expect(unfold).toHaveAttribute('aria-expanded', 'false');
    expect(fields).toContainElement(screen.getByLabelText('시작 날짜'));
    expect(fields).toHaveClass('hidden');

    await user.click(unfold);
    expect(unfold).toHaveAttribute('aria-expanded', 'true');
    expect(fields).not.toHaveClass('hidden');
  });

  it('starts with the date fields shown when the address holds a range', () => {
    render(
      <ListToolbar
        list="all"
        unreadOnly={false}
        order="newest"
        sort="saved"
        from="2024-03-06"
        to={null}
        dates={DATES}
        onChange={() => {}}
      />,
    );
    expect(screen.getByRole('button', { name: '날짜 고르기' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('keeps the keyboard in the date controls when the chosen day is cleared', async () => {
    const { user, shownDay } = renderToolbar();
    await user.click(screen.getByRole('button', { name: /이전 날/ }));
    expect(shownDay()).toBe('2024-03-12');

    await user.click(screen.getByRole('button', { name: '모든 날짜' }));
    expect(shownDay()).toBe('');
    expect(screen.getByRole('button', { name: /이전 날/ })).toHaveFocus();
  });

  it('is disabled when no day has papers', () => {
    const { jumpField, jumpButton } = renderToolbar([]);

    expect(jumpField).toBeDisabled();
    expect(jumpButton).toBeDisabled();
  });
});

/** The toolbar with a range the URL holds; `onChange` is what would be written to the URL. */
function renderRange(from: string | null, to: string | null) {
  const onChange = vi.fn();
  render(
    <ListToolbar
      list="all"
      unreadOnly={false}
      order="newest"
      sort="saved"
      from={from}
      to={to}
      dates={DATES}
      onChange={onChange}
    />,
  );
  const group = screen.getByRole('group', { name: '날짜' });
  return {
    onChange,
    status: within(group).getByRole('status'),
    fromField: within(group).getByLabelText<HTMLInputElement>('시작 날짜'),
  };
}

describe('ListToolbar: date range', () => {
  it('says so when a range given backwards is applied swapped', () => {
    const { status } = renderRange('2024-03-12', '2024-03-06');
    expect(status).toHaveTextContent('시작일과 종료일을 바꿔 적용했습니다');
  });

  it('says nothing of an ordered range', () => {
    const { status } = renderRange('2024-03-06', '2024-03-12');
    expect(status).toHaveTextContent('');
  });

  it('keeps a half-typed date in the field without writing it, and writes a whole one', () => {
    const { onChange, fromField } = renderRange('2024-03-06', null);
    act(() => fromField.focus());

    // Chrome's value after the first digit typed into the year.
    fireEvent.change(fromField, { target: { value: '0002-03-06' } });
    expect(onChange).not.toHaveBeenCalled();
    expect(fromField).toHaveValue('0002-03-06');

    fireEvent.change(fromField, { target: { value: '2023-03-06' } });
    expect(onChange).toHaveBeenLastCalledWith({ from: '2023-03-06' });
  });

  it('writes a cleared field as no bound', () => {
    const { onChange, fromField } = renderRange('2024-03-06', null);
    act(() => fromField.focus());
    fireEvent.change(fromField, { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith({ from: null });
  });

  it('shows the range the URL holds again once the field is left', () => {
    const { fromField } = renderRange('2024-03-06', null);
    act(() => fromField.focus());
    fireEvent.change(fromField, { target: { value: '0002-03-06' } });
    act(() => fromField.blur());
    expect(fromField).toHaveValue('2024-03-06');
  });
});
