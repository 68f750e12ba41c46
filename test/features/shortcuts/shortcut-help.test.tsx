import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShortcutHelp } from '../../../src/features/shortcuts/shortcut-help';
import { SHORTCUTS } from '../../../src/features/shortcuts/shortcut-keys';

/** The key caps shown for each shortcut, in order, e.g. `o Enter`. */
function keyCaps(term: HTMLElement): string[] {
  return Array.from(term.querySelectorAll('kbd'), (kbd) => kbd.textContent);
}

const restores: Array<() => void> = [];

/** Gives every <dialog> the method `name`, whatever jsdom has, until the test ends. */
function stubDialogMethod(name: 'showModal' | 'close', method: (this: HTMLDialogElement) => void) {
  const proto = HTMLDialogElement.prototype;
  const original = Object.getOwnPropertyDescriptor(proto, name);
  const mock = vi.fn(method);
  Object.defineProperty(proto, name, { configurable: true, writable: true, value: mock });
  restores.push(() => {
    if (original) Object.defineProperty(proto, name, original);
    else Reflect.deleteProperty(proto, name);
  });
  return mock;
}

/**
 * jsdom has no showModal, so there the dialog never opens: its content is rendered while `open`
 * but stays out of the accessibility tree. These stand-ins open and close it as browsers do.
 */
function fakeModalDialogs() {
  const showModal = stubDialogMethod('showModal', function () {
    this.setAttribute('open', '');
  });
  const close = stubDialogMethod('close', function () {
    this.removeAttribute('open');
  });
  return { showModal, close };
}

afterEach(() => {
  for (const restore of restores.splice(0).reverse()) restore();
});

describe('ShortcutHelp', () => {
  it('lists every shortcut with its keys and label', () => {
    render(<ShortcutHelp open onClose={() => undefined} />);

    // Without showModal (jsdom) the closed <dialog> is hidden, but its content is there.
    const terms = screen.getAllByRole('term', { hidden: true });
    const definitions = screen.getAllByRole('definition', { hidden: true });
    expect(terms).toHaveLength(SHORTCUTS.length);
    expect(definitions.map((definition) => definition.textContent)).toEqual(
      SHORTCUTS.map((shortcut) => shortcut.label),
    );
    expect(terms.map(keyCaps)).toEqual(SHORTCUTS.map((shortcut) => [...shortcut.keys]));
    expect(
      screen.getByText('입력창에서 글을 쓰는 동안에는 단축키가 동작하지 않습니다.'),
    ).toBeInTheDocument();
  });

  it('renders no shortcuts while closed', () => {
    render(<ShortcutHelp open={false} onClose={() => undefined} />);
    expect(screen.queryAllByRole('term', { hidden: true })).toEqual([]);
  });

  it('opens as a dialog named after its title where the browser supports modal dialogs', () => {
    const { showModal, close } = fakeModalDialogs();
    const { rerender } = render(<ShortcutHelp open onClose={() => undefined} />);

    const dialog = screen.getByRole('dialog', { name: '키보드 단축키' });
    expect(showModal).toHaveBeenCalledTimes(1);
    const shortcutG = within(dialog).getByText('책갈피 목록으로 이동 (g 다음 b)');
    expect(shortcutG).toHaveRole('definition');

    rerender(<ShortcutHelp open={false} onClose={() => undefined} />);
    expect(close).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('asks to be closed from its close button', async () => {
    fakeModalDialogs();
    const onClose = vi.fn();
    render(<ShortcutHelp open onClose={onClose} />);

    const dialog = screen.getByRole('dialog', { name: '키보드 단축키' });
    await userEvent.setup().click(within(dialog).getByRole('button', { name: '닫기' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
