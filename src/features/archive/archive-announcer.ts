import { useSyncExternalStore } from 'react';

/** One result of a change to the archive, as the page's live region says it. */
export interface Announcement {
  /** Tells two equal sentences apart, so that a repeated result is read out again. */
  id: number;
  ok: boolean;
  text: string;
}

interface Announcer {
  /** Something on the page may announce: the live region is in the page, empty, from then on. */
  listening: boolean;
  current: Announcement | null;
}

let state: Announcer = { listening: false, current: null };
let nextId = 1;
const listeners = new Set<() => void>();

function update(next: Announcer): void {
  state = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = () => state;
const onTheServer: Announcer = { listening: false, current: null };

/**
 * Puts the page's live region for the archive's results in place, before anything is said there:
 * a region that appears with its text is not reliably read out. Its code loads only then.
 */
export function listenForAnnouncements(): void {
  if (!state.listening) update({ ...state, listening: true });
}

/**
 * Says the result of a change to the archive in the page's one polite live region (in the header),
 * whichever part of the page made the change: the paste dialog closes as it succeeds.
 */
export function announce({ ok, text }: { ok: boolean; text: string }): void {
  update({ listening: true, current: { id: nextId++, ok, text } });
}

export function dismissAnnouncement(): void {
  if (state.current) update({ ...state, current: null });
}

export function useAnnouncer(): Announcer {
  return useSyncExternalStore(subscribe, snapshot, () => onTheServer);
}
