import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ShortcutAction } from '../../../src/features/shortcuts/shortcut-keys';
import { useKeyboardShortcuts } from '../../../src/features/shortcuts/use-keyboard-shortcuts';

/** A page with one of each place where keys are text or belong to a control. */
function ShortcutHost({ onAction }: { onAction: (action: ShortcutAction) => void }) {
  useKeyboardShortcuts(onAction);
  return (
    <>
      <label>
        검색 <input />
      </label>
      <label>
        메모 <textarea />
      </label>
      <div
        role="textbox"
        aria-label="서식 있는 메모"
        contentEditable
        suppressContentEditableWarning
      />
      <button type="button">열기 버튼</button>
    </>
  );
}

function setup() {
  const onAction = vi.fn<(action: ShortcutAction) => void>();
  render(<ShortcutHost onAction={onAction} />);
  const user = userEvent.setup();
  const actions = () => onAction.mock.calls.map(([action]) => action);
  return { user, onAction, actions };
}

// jsdom does not implement isContentEditable. Browsers take it from the nearest element with a
// contenteditable attribute, which is what this stand-in does (enough for these tests).
beforeAll(() => {
  if ('isContentEditable' in HTMLElement.prototype) return;
  Object.defineProperty(HTMLElement.prototype, 'isContentEditable', {
    configurable: true,
    get(this: HTMLElement) {
      const host = this.closest('[contenteditable]');
      return host !== null && host.getAttribute('contenteditable') !== 'false';
    },
  });
});

afterAll(() => {
  Reflect.deleteProperty(HTMLElement.prototype, 'isContentEditable');
});

afterEach(() => {
  vi.useRealTimers();
});

describe('useKeyboardShortcuts', () => {
  it.each([
    ['j', 'next'],
    ['k', 'previous'],
    ['o', 'open'],
    ['b', 'bookmark'],
    ['u', 'toggleRead'],
    ['/', 'search'],
    ['?', 'help'],
  ] as const)('maps %s to %s', async (key, action) => {
    const { user, onAction } = setup();
    await user.keyboard(key);
    expect(onAction).toHaveBeenCalledTimes(1);
    expect(onAction).toHaveBeenCalledWith(action);
  });

  it('reads g then b as the bookmarks list, and a lone b as a bookmark', async () => {
    const { user, actions } = setup();
    await user.keyboard('g');
    expect(actions()).toEqual([]);
    await user.keyboard('b');
    expect(actions()).toEqual(['bookmarks']);
    await user.keyboard('b');
    expect(actions()).toEqual(['bookmarks', 'bookmark']);
  });

  it('forgets a g when another key comes between it and the b', async () => {
    const { user, actions } = setup();
    await user.keyboard('gxb');
    expect(actions()).toEqual(['bookmark']);
  });

  it('waits a little over a second for the b after a g, and no longer', async () => {
    // Only the clock is faked: the hook reads Date.now, and user-event keeps its real timers.
    vi.useFakeTimers({ toFake: ['Date'] });
    const { user, actions } = setup();

    await user.keyboard('g');
    vi.setSystemTime(Date.now() + 1000);
    await user.keyboard('b');
    expect(actions()).toEqual(['bookmarks']);

    await user.keyboard('g');
    vi.setSystemTime(Date.now() + 1500);
    await user.keyboard('b');
    expect(actions()).toEqual(['bookmarks', 'bookmark']);
  });

  it.each([
    ['input', () => screen.getByRole('textbox', { name: '검색' })],
    ['textarea', () => screen.getByRole('textbox', { name: '메모' })],
    ['contenteditable element', () => screen.getByRole('textbox', { name: '서식 있는 메모' })],
  ])('fires nothing while focus is in the %s, where keys are text', async (_, field) => {
    const { user, onAction } = setup();
    await user.click(field());
    await user.keyboard('jkobu/?gb');
    await user.keyboard('{Enter}');
    expect(onAction).not.toHaveBeenCalled();
  });

  it('leaves the typed text alone in a field', async () => {
    const { user } = setup();
    const input = screen.getByRole('textbox', { name: '검색' });
    await user.type(input, 'jokbu');
    expect(input).toHaveValue('jokbu');
  });

  it('reads the physical key when the Korean input mode turns letters into jamo', () => {
    const { actions } = setup();
    fireEvent.keyDown(document.body, { key: 'ㅓ', code: 'KeyJ' });
    fireEvent.keyDown(document.body, { key: 'ㅎ', code: 'KeyG' });
    fireEvent.keyDown(document.body, { key: 'ㅠ', code: 'KeyB' });
    expect(actions()).toEqual(['next', 'bookmarks']);
  });

  it('fires nothing during IME composition', () => {
    const { onAction } = setup();
    fireEvent.keyDown(document.body, { key: 'j', isComposing: true });
    expect(onAction).not.toHaveBeenCalled();
  });

  it.each([
    ['Ctrl+b', '{Control>}b{/Control}'],
    ['Meta+k', '{Meta>}k{/Meta}'],
    ['Alt+j', '{Alt>}j{/Alt}'],
    ['Ctrl+/', '{Control>}/{/Control}'],
  ])('fires nothing for %s, which belongs to the browser', async (_, keys) => {
    const { user, onAction } = setup();
    await user.keyboard(keys);
    expect(onAction).not.toHaveBeenCalled();
  });

  it('opens on Enter on the page, but leaves Enter on a focused button to the button', async () => {
    const { user, actions } = setup();
    await user.keyboard('{Enter}');
    expect(actions()).toEqual(['open']);

    screen.getByRole('button', { name: '열기 버튼' }).focus();
    await user.keyboard('{Enter}');
    expect(actions()).toEqual(['open']);
  });

  it('prevents the default action of the keys it handles, and only of those', async () => {
    const { user } = setup();
    const seen: Array<[string, boolean]> = [];
    // The hook listens on the document; the window hears the event after it.
    const record = (event: KeyboardEvent) => seen.push([event.key, event.defaultPrevented]);
    window.addEventListener('keydown', record);
    try {
      await user.keyboard('j/x{Enter}{Control>}b{/Control}');
    } finally {
      window.removeEventListener('keydown', record);
    }
    expect(seen).toEqual([
      ['j', true],
      ['/', true],
      ['x', false],
      ['Enter', true],
      ['Control', false],
      ['b', false],
    ]);
  });

  it('leaves alone a key another handler has already taken', () => {
    const { onAction } = setup();
    const input = screen.getByRole('textbox', { name: '검색' });
    // A component's own key handling (say, a list's arrow keys) comes first and says so.
    input.parentElement?.addEventListener('keydown', (event) => event.preventDefault());
    fireEvent.keyDown(input.parentElement as HTMLElement, { key: 'j' });
    expect(onAction).not.toHaveBeenCalled();
  });

  it('calls the latest callback and stops listening once unmounted', async () => {
    const first = vi.fn<(action: ShortcutAction) => void>();
    const second = vi.fn<(action: ShortcutAction) => void>();
    const { rerender, unmount } = render(<ShortcutHost onAction={first} />);
    const user = userEvent.setup();

    rerender(<ShortcutHost onAction={second} />);
    await user.keyboard('j');
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith('next');

    unmount();
    await user.keyboard('k');
    expect(second).toHaveBeenCalledTimes(1);
  });
});
