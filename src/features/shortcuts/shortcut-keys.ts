/** Every keyboard shortcut, for the handler and for the help overlay alike. */
export const SHORTCUTS = [
  { keys: ['j'], action: 'next', label: '다음 논문' },
  { keys: ['k'], action: 'previous', label: '이전 논문' },
  { keys: ['o', 'Enter'], action: 'open', label: '논문 열기' },
  { keys: ['b'], action: 'bookmark', label: '책갈피 추가/삭제' },
  { keys: ['u'], action: 'toggleRead', label: '읽음/안 읽음 표시' },
  { keys: ['/'], action: 'search', label: '검색창으로 이동' },
  { keys: ['g', 'b'], action: 'bookmarks', label: '책갈피 목록으로 이동 (g 다음 b)' },
  { keys: ['?'], action: 'help', label: '단축키 도움말' },
] as const;

export type ShortcutAction = (typeof SHORTCUTS)[number]['action'];

/**
 * Keys typed into a field are text, not commands; keys with Ctrl, Alt or Meta belong to the
 * browser and the system.
 */
export function isTypingOrModified(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return true;
  const target = event.target;
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
