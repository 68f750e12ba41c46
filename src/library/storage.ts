/**
 * The one place that touches `localStorage`. Keys are namespaced and versioned
 * (`digest-reader:v1:theme`), and every access is guarded: storage can be missing, blocked (private
 * browsing, disabled cookies), full, or hold values that another version of the app wrote.
 */

const PREFIX = 'digest-reader:v1:';

export type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function defaultStore(): Store | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function storageKey(name: string): string {
  return PREFIX + name;
}

/** The stored string under `name`, or null when absent or unreadable. */
export function readItem(name: string, store: Store | null = defaultStore()): string | null {
  const read = readItemChecked(name, store);
  return read.ok ? read.value : null;
}

export type CheckedRead = { ok: true; value: string | null } | { ok: false };

/**
 * Like `readItem`, but tells an absent value (`value: null`) from storage that is missing or
 * refused the read (`ok: false`): a value that could not be read must not be written over blindly.
 */
export function readItemChecked(name: string, store: Store | null = defaultStore()): CheckedRead {
  try {
    if (!store) return { ok: false };
    return { ok: true, value: store.getItem(storageKey(name)) };
  } catch {
    return { ok: false };
  }
}

/** Stores `value` under `name`; false when storage refused (blocked or full). */
export function writeItem(
  name: string,
  value: string,
  store: Store | null = defaultStore(),
): boolean {
  try {
    if (!store) return false;
    store.setItem(storageKey(name), value);
    return true;
  } catch {
    return false;
  }
}

export function removeItem(name: string, store: Store | null = defaultStore()): boolean {
  try {
    if (!store) return false;
    store.removeItem(storageKey(name));
    return true;
  } catch {
    return false;
  }
}

/**
 * The names (as the other functions take them) of stored values whose names start with `start`;
 * none when storage is missing or cannot be listed.
 */
export function listItemNames(start: string, store: Store | null = defaultStore()): string[] {
  try {
    if (!store || !('key' in store) || !('length' in store)) return [];
    const listable = store as Store & Pick<Storage, 'key' | 'length'>;
    const names: string[] = [];
    for (let index = 0; index < listable.length; index++) {
      const key = listable.key(index);
      if (key?.startsWith(PREFIX + start)) names.push(key.slice(PREFIX.length));
    }
    return names;
  } catch {
    return [];
  }
}
