import type { LibraryStore } from './library-store.ts';
import { parseLibrary } from './schema.ts';
import { listItemNames, readItem, writeItem, type Store } from './storage.ts';

/** Which per-digest libraries have joined the one library already. */
const ADOPTED = 'library:adopted';
const PER_DIGEST = /^library:(?:file|url):/;
const BACKUP = ':backup:';

/**
 * Before one library served every digest, a file or an address the reader opened had a library
 * of its own (`library:file:<name>`, `library:url:<address>`). Each joins `store` once, merged as
 * an import is (nothing in `store` is overwritten), and stays stored where it was. Returns how
 * many joined now.
 */
export function adoptDigestLibraries(store: LibraryStore, backing?: Store | null): number {
  const adopted = new Set(readAdopted(backing));
  let joined = 0;
  for (const name of listItemNames('library:', backing)) {
    if (!PER_DIGEST.test(name) || name.includes(BACKUP) || adopted.has(name)) continue;
    const raw = readItem(name, backing);
    if (raw === null) continue;
    store.importData(parseLibrary(raw).data);
    adopted.add(name);
    joined++;
  }
  if (joined > 0) writeItem(ADOPTED, JSON.stringify([...adopted]), backing);
  return joined;
}

function readAdopted(backing?: Store | null): string[] {
  try {
    const value: unknown = JSON.parse(readItem(ADOPTED, backing) ?? '[]');
    return Array.isArray(value) ? value.filter((name) => typeof name === 'string') : [];
  } catch {
    return [];
  }
}
