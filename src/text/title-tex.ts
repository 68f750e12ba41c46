/**
 * Whether a title is written with TeX at all; most are plain text and are shown as they are. Kept
 * in a module of its own: the list needs it at startup, the typesetter only for the titles it finds.
 */
export function titleHoldsTex(title: string): boolean {
  return title.includes('$') || title.includes('\\');
}
