import { useState } from 'react';

/**
 * The open paper, once it has been unread during this opening; null otherwise. The unread-only
 * list keeps this paper even after it is marked read (by reading time or by the reader), so that
 * the row the reader is looking at does not vanish under them; it leaves once they open another
 * paper or close it.
 */
export function useOpenPaperUnread(
  selectedId: string | null,
  read: ReadonlySet<string>,
): string | null {
  const unreadNow = selectedId !== null && !read.has(selectedId);
  const [opening, setOpening] = useState({ id: selectedId, unread: unreadNow });
  let current = opening;
  if (opening.id !== selectedId || (unreadNow && !opening.unread)) {
    current = { id: selectedId, unread: unreadNow };
    setOpening(current);
  }
  return current.unread ? current.id : null;
}
