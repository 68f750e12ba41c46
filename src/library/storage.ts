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
  try {
    return store?.getItem(storageKey(name)) ?? null;
  } catch {
    return null;
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
