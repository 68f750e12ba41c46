/**
 * Two tabs can edit the same note at once. A note is the reader's own writing, so when both sides
 * changed it neither change may win by overwriting the other: both are kept, this tab's first,
 * the other tab's after a line that says where it came from.
 */

/** Put between this tab's text and the other tab's when both changed the same note. */
export const NOTE_VERSIONS_SEPARATOR = '\n\n— 다른 탭에서 쓴 메모 —\n\n';

export interface NoteMerge {
  text: string;
  /** Both sides changed the note: the reader has to be told, since the text now holds both. */
  conflict: boolean;
}

/**
 * Three-way: `base` is the text both sides started from, `mine` what this tab made of it, `theirs`
 * what is stored now. A side that did not change takes the other's text; when both changed it
 * differently, the result keeps both (a blank side adds nothing, so a note cleared here while it
 * was edited elsewhere keeps the edit).
 */
export function mergeNote(base: string, mine: string, theirs: string): NoteMerge {
  if (theirs === base || mine === theirs) return { text: mine, conflict: false };
  if (mine === base) return { text: theirs, conflict: false };
  return { text: joinNoteVersions(mine, theirs), conflict: true };
}

/** This tab's text, then the other tab's under {@link NOTE_VERSIONS_SEPARATOR}. */
export function joinNoteVersions(mine: string, theirs: string): string {
  if (theirs.trim() === '') return mine;
  if (mine.trim() === '') return theirs;
  return mine + NOTE_VERSIONS_SEPARATOR + theirs;
}
