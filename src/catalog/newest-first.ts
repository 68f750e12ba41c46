import type { DigestEntry } from '../digest/index.ts';

/** For `sort`: newest first, undated last, otherwise in the order given. */
export function newestFirst(a: DigestEntry, b: DigestEntry): number {
  if (a.date === b.date) return 0;
  if (a.date === null) return 1;
  if (b.date === null) return -1;
  return a.date < b.date ? 1 : -1;
}
