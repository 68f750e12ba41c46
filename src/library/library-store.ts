import type { DigestEntry } from '../digest/index.ts';
import { mergeLibrary, type ImportSummary } from './merge.ts';
import { joinNoteVersions, mergeNote } from './note-merge.ts';
import { getOwn, withEntry, withoutEntry } from './records.ts';
import { emptyLibrary, parseLibrary, type LibraryData, type Note } from './schema.ts';
import { readItem, readItemChecked, storageKey, writeItem, type Store } from './storage.ts';

/** Runs `task` later; the store asks for at most one pending write at a time. */
export type Scheduler = (task: () => void) => void;

export interface LibraryStoreOptions {
  /** Omitted: the browser's localStorage. Null: no storage, the library lives in memory only. */
  store?: Store | null;
  /** Keeps one library per digest; `default` when omitted. */
  digestKey?: string;
  now?: () => Date;
  /** When batched changes are written; by default {@link WRITE_DELAY_MS} later. */
  schedule?: Scheduler;
}

export interface LibraryStatus {
  /** False while changes cannot be saved; the library then lives in memory only. */
  persistent: boolean;
  /** Korean sentences to show the reader, most important first. */
  notices: readonly string[];
}

/**
 * A note both this tab and another changed at once. The stored text keeps both (`merged`); the
 * other tab's version is kept here too, so that an editor still showing only its own side can
 * keep adding to that side without losing the other.
 */
export interface NoteConflict {
  theirs: string;
  merged: string;
}

/** Long enough to gather a burst of keystrokes in a note into one write. */
const PRERENDERED_LIBRARY: LibraryData = emptyLibrary();
const PRERENDERED_STATUS: LibraryStatus = { persistent: true, notices: [] };

export const WRITE_DELAY_MS = 300;

const NOTICE_NOT_SAVED = '이 브라우저에서는 변경 사항이 저장되지 않습니다 (저장소를 쓸 수 없음).';
const NOTICE_DAMAGED = '저장된 서재 데이터 일부가 손상되어 복구했습니다.';
const NOTICE_NEWER = '더 새로운 버전의 앱이 저장한 서재 데이터라 읽을 수 있는 부분만 불러왔습니다.';
const NOTICE_BACKED_UP = '원래 값은 백업해 두었습니다.';
const NOTICE_NOT_BACKED_UP = '원래 값을 백업하지 못해 그 값을 덮어쓰지 않습니다.';

/** The full storage key of a digest's library, to match `StorageEvent.key` against. */
export function libraryStorageKey(digestKey = 'default'): string {
  return storageKey(libraryName(digestKey));
}

function libraryName(digestKey: string): string {
  return `library:${digestKey}`;
}

const defaultSchedule: Scheduler = (task) => {
  setTimeout(task, WRITE_DELAY_MS);
};

/**
 * The reader's bookmarks, read marks and notes for one digest, kept in memory and saved to storage
 * in batches. Made for `useSyncExternalStore`: `subscribe`, `getSnapshot` and `getStatus` are bound
 * functions, and snapshots keep their identity until something changes.
 *
 * Data is never knowingly lost: a stored value that cannot be read as it is (damaged, legacy, or
 * from a newer app) is backed up under `library:<digestKey>:backup:<ISO time>` before anything
 * overwrites it, and is never overwritten without that backup; when storage is missing, refuses
 * reads, or refuses writes, the library keeps working in memory and the status says so.
 */
export class LibraryStore {
  private readonly store: Store | null | undefined;
  private readonly name: string;
  private readonly now: () => Date;
  private readonly schedule: Scheduler;
  private readonly listeners = new Set<() => void>();
  private data: LibraryData;
  private status: LibraryStatus;
  /** False when reading failed: what storage holds is unknown, so it is never written over. */
  private readonly readable: boolean;
  private persistent: boolean;
  /** The stored value as far as this tab knows, to skip storage events that change nothing. */
  private stored: string | null = null;
  /** A stored value that must be backed up before anything overwrites it. */
  private unsafeRaw: string | null = null;
  private recovery: { problems: string[]; newer: boolean } | null = null;
  /** The notes of `stored`: what this tab's notes were last based on, for three-way merges. */
  private storedNotes: LibraryData['notes'] = {};
  private conflicts: Readonly<Record<string, NoteConflict>> = {};
  /**
   * Papers the reader marked unread while reading them: reading time must not undo that choice
   * until the paper is opened afresh. Kept in memory only, as it belongs to one visit.
   */
  private readonly unreadByChoice = new Set<string>();
  private dirty = false;
  private writePending = false;

  constructor(options: LibraryStoreOptions = {}) {
    this.store = options.store;
    this.name = libraryName(options.digestKey ?? 'default');
    this.now = options.now ?? (() => new Date());
    this.schedule = options.schedule ?? defaultSchedule;
    const read = readItemChecked(this.name, this.store);
    this.readable = read.ok;
    this.persistent = read.ok;
    this.data = emptyLibrary();
    if (read.ok) this.adopt(read.value);
    this.status = this.computeStatus();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  readonly getSnapshot = (): LibraryData => this.data;

  readonly getStatus = (): LibraryStatus => this.status;

  /**
   * What a page rendered ahead of time shows, and what it hydrates against before the reader's
   * own library is read: nothing saved yet, and nothing to warn about.
   */
  readonly getServerSnapshot = (): LibraryData => PRERENDERED_LIBRARY;

  readonly getServerStatus = (): LibraryStatus => PRERENDERED_STATUS;

  /** Notes by paper id that both this tab and another changed; the same object until that changes. */
  readonly getNoteConflicts = (): Readonly<Record<string, NoteConflict>> => this.conflicts;

  isBookmarked(id: string): boolean {
    return getOwn(this.data.bookmarks, id) !== undefined;
  }

  /** Adds or removes the bookmark; returns whether the paper is bookmarked now. */
  toggleBookmark(entry: Pick<DigestEntry, 'id' | 'title' | 'date'>): boolean {
    const { bookmarks } = this.data;
    if (this.isBookmarked(entry.id)) {
      this.commit({ ...this.data, bookmarks: withoutEntry(bookmarks, entry.id) });
      return false;
    }
    const bookmark = { id: entry.id, title: entry.title, date: entry.date, savedAt: this.time() };
    this.commit({ ...this.data, bookmarks: withEntry(bookmarks, entry.id, bookmark) });
    return true;
  }

  /** The reader's own choice. Keeps the first time a paper was read: reopening it is not news. */
  markRead(id: string): void {
    this.unreadByChoice.delete(id);
    if (getOwn(this.data.read, id)) return;
    this.commit({ ...this.data, read: withEntry(this.data.read, id, { id, readAt: this.time() }) });
  }

  /** The reader's own choice, which {@link markReadAfterReading} respects until a fresh opening. */
  markUnread(id: string): void {
    this.unreadByChoice.add(id);
    if (!getOwn(this.data.read, id)) return;
    this.commit({ ...this.data, read: withoutEntry(this.data.read, id) });
  }

  /** A paper is opened afresh: an earlier choice to keep it unread was about the earlier reading. */
  openedPaper(id: string): void {
    this.unreadByChoice.delete(id);
  }

  /**
   * Marks read on the reader's behalf once a paper has been open long enough, unless they marked
   * it unread since they opened it: an explicit choice always wins over reading time.
   */
  markReadAfterReading(id: string): void {
    if (!this.unreadByChoice.has(id)) this.markRead(id);
  }

  /** Blank text removes the note; other text is kept as typed, or trimming would eat spaces. */
  setNote(id: string, text: string): void {
    const { notes } = this.data;
    const current = getOwn(notes, id);
    if (text.trim() === '') {
      if (current) this.commit({ ...this.data, notes: withoutEntry(notes, id) });
    } else if (current?.text !== text) {
      const note = { id, text, updatedAt: this.time() };
      this.commit({ ...this.data, notes: withEntry(notes, id, note) });
    }
  }

  /**
   * An editor changed a note from `base` (the stored text it last showed) to `text`. When the
   * stored text is still `base` this is {@link setNote}; when another tab changed it meanwhile,
   * both versions are kept and the conflict is recorded (see {@link getNoteConflicts}). An editor
   * that still shows its own side of a recorded conflict keeps the other side after its text.
   * Returns the note's stored text now.
   */
  editNote(id: string, base: string, text: string): string {
    const current = this.noteText(id);
    const conflict = getOwn(this.conflicts, id);
    let merged: string;
    let theirs: string | null = null;
    if (conflict && current === conflict.merged && base !== current) {
      merged = joinNoteVersions(text, conflict.theirs);
      theirs = conflict.theirs;
    } else {
      const result = mergeNote(base, text, current);
      merged = result.text;
      if (result.conflict) theirs = current;
    }
    // Recorded before the note changes, so that the change tells subscribers about both.
    if (theirs !== null) {
      this.recordConflict(id, { theirs, merged: merged.trim() === '' ? '' : merged });
    }
    const before = this.data;
    this.setNote(id, merged);
    if (theirs !== null && this.data === before) this.emit();
    return this.noteText(id);
  }

  /** The reader has seen that a note holds both tabs' versions. */
  dismissNoteConflict(id: string): void {
    if (!getOwn(this.conflicts, id)) return;
    this.conflicts = withoutEntry(this.conflicts, id);
    this.emit();
  }

  /** Merges an imported library in (see {@link mergeLibrary}); removes nothing. */
  importData(data: LibraryData): ImportSummary {
    const merged = mergeLibrary(this.data, data);
    if (merged.data !== this.data) this.commit(merged.data);
    return merged.summary;
  }

  /**
   * Takes in what another tab stored under {@link libraryStorageKey} (`StorageEvent.newValue`;
   * null when it was removed). Changes this tab has not written yet are merged on top rather than
   * dropped, so a note being typed survives; in that race a removal made here may come back, which
   * loses nothing. A note both tabs changed keeps both texts (see {@link mergeNote}).
   */
  replaceFromStorageEvent(newValue: string | null): void {
    if (newValue === this.stored) return;
    const unsaved = this.dirty ? this.data : null;
    const base = this.storedNotes;
    this.adopt(newValue);
    if (unsaved) {
      const merged = mergeLibrary(this.data, unsaved).data;
      this.data = { ...merged, notes: this.mergeNotes(base, unsaved.notes, this.data.notes) };
      this.markDirty();
    }
    this.status = this.nextStatus();
    this.emit();
  }

  /** Writes pending changes now; the UI calls it when the page is hidden or unloaded. */
  readonly flush = (): void => {
    if (!this.dirty || !this.readable) return;
    // Another tab may have written since this tab last heard: take that in first, or writing
    // would drop it before its storage event arrives.
    const current = readItemChecked(this.name, this.store);
    if (current.ok && current.value !== this.stored) this.replaceFromStorageEvent(current.value);
    const value = JSON.stringify(this.data);
    const written = this.backUp() && writeItem(this.name, value, this.store);
    if (written) {
      this.dirty = false;
      this.stored = value;
      this.storedNotes = this.data.notes;
    }
    this.persistent = written;
    const status = this.nextStatus();
    if (status !== this.status) {
      this.status = status;
      this.emit();
    }
  };

  /** Makes `raw`, a stored value, the library; schedules rewriting it if it was not current. */
  private adopt(raw: string | null): void {
    this.stored = raw;
    this.unsafeRaw = null;
    this.recovery = null;
    if (raw === null) {
      this.data = emptyLibrary();
      this.storedNotes = this.data.notes;
      return;
    }
    const { data, problems, format } = parseLibrary(raw);
    this.data = data;
    this.storedNotes = data.notes;
    if (format === 'current' && problems.length === 0) return;
    if (problems.length > 0) this.recovery = { problems, newer: format === 'future' };
    this.unsafeRaw = raw;
    this.persistent = this.backUp();
    // Rewriting in the current format right away means the next load finds clean data instead of
    // making another backup of the same value.
    this.markDirty();
  }

  /** True when nothing is left to back up. */
  private backUp(): boolean {
    if (this.unsafeRaw === null) return true;
    const base = `${this.name}:backup:${this.now().toISOString()}`;
    let name = base;
    for (let n = 2; readItem(name, this.store) !== null; n++) name = `${base}-${n}`;
    if (!writeItem(name, this.unsafeRaw, this.store)) return false;
    this.unsafeRaw = null;
    return true;
  }

  private noteText(id: string): string {
    return getOwn(this.data.notes, id)?.text ?? '';
  }

  /** Three-way, note by note: `mine` this tab's unsaved notes, `theirs` the ones just stored. */
  private mergeNotes(
    base: LibraryData['notes'],
    mine: LibraryData['notes'],
    theirs: LibraryData['notes'],
  ): LibraryData['notes'] {
    const notes: Array<[string, Note]> = [];
    for (const id of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
      const mineNote = getOwn(mine, id);
      const theirsNote = getOwn(theirs, id);
      const theirsText = theirsNote?.text ?? '';
      const merged = mergeNote(getOwn(base, id)?.text ?? '', mineNote?.text ?? '', theirsText);
      if (merged.conflict) this.recordConflict(id, { theirs: theirsText, merged: merged.text });
      if (merged.text.trim() === '') continue;
      if (merged.text === theirsNote?.text) notes.push([id, theirsNote]);
      else if (merged.text === mineNote?.text) notes.push([id, mineNote]);
      else notes.push([id, { id, text: merged.text, updatedAt: this.time() }]);
    }
    // fromEntries keeps `__proto__` an ordinary key.
    return Object.fromEntries(notes);
  }

  private recordConflict(id: string, conflict: NoteConflict): void {
    this.conflicts = withEntry(this.conflicts, id, conflict);
  }

  private time(): string {
    return this.now().toISOString();
  }

  private commit(data: LibraryData): void {
    this.data = data;
    this.markDirty();
    this.emit();
  }

  private markDirty(): void {
    this.dirty = true;
    if (this.writePending || !this.readable) return;
    this.writePending = true;
    this.schedule(() => {
      this.writePending = false;
      this.flush();
    });
  }

  private emit(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private computeStatus(): LibraryStatus {
    const notices: string[] = [];
    if (this.recovery) {
      const what = this.recovery.newer ? NOTICE_NEWER : NOTICE_DAMAGED;
      const backup = this.unsafeRaw === null ? NOTICE_BACKED_UP : NOTICE_NOT_BACKED_UP;
      notices.push(`${what} ${backup}`, ...this.recovery.problems);
    }
    if (!this.persistent) notices.push(NOTICE_NOT_SAVED);
    return { persistent: this.persistent, notices };
  }

  /** The new status, or the current object when nothing in it changed. */
  private nextStatus(): LibraryStatus {
    const next = this.computeStatus();
    const same =
      next.persistent === this.status.persistent &&
      next.notices.length === this.status.notices.length &&
      next.notices.every((notice, i) => notice === this.status.notices[i]);
    return same ? this.status : next;
  }
}
