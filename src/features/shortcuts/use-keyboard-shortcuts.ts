import { useEffect, useRef } from 'react';
import { isTypingOrModified, type ShortcutAction } from './shortcut-keys';

/** How long after `g` a second key still counts as part of the sequence. */
const SEQUENCE_MS = 1200;

/**
 * Calls `onAction` for the reading shortcuts. Enter opens only when focus is on no control of its
 * own (a focused link or button already acts on Enter), and nothing fires while typing.
 */
export function useKeyboardShortcuts(onAction: (action: ShortcutAction) => void): void {
  const latest = useRef(onAction);
  useEffect(() => {
    latest.current = onAction;
  });

  useEffect(() => {
    let pendingG = 0;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingOrModified(event)) return;
      const action = actionFor(event, pendingG > Date.now());
      pendingG = keyOf(event) === 'g' ? Date.now() + SEQUENCE_MS : 0;
      if (!action) return;
      event.preventDefault();
      latest.current(action);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}

/**
 * With the Korean input mode on, letter keys report Hangul jamo (j gives ㅓ); the physical key
 * (`KeyJ`) still says which shortcut was meant.
 */
function keyOf(event: KeyboardEvent): string {
  if (/^[\u3131-\u318e]$/.test(event.key) && event.code.startsWith('Key')) {
    return event.code.slice(3).toLowerCase();
  }
  return event.key;
}

function actionFor(event: KeyboardEvent, afterG: boolean): ShortcutAction | null {
  const key = keyOf(event);
  if (afterG && key === 'b') return 'bookmarks';
  switch (key) {
    case 'j':
      return 'next';
    case 'k':
      return 'previous';
    case 'o':
      return 'open';
    case 'Enter':
      return isControl(event.target) ? null : 'open';
    case 'b':
      return 'bookmark';
    case 'u':
      return 'toggleRead';
    case '/':
      return 'search';
    case '?':
      return 'help';
    default:
      return null;
  }
}

function isControl(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && target.closest('a, button, summary, [role="button"]') !== null
  );
}
