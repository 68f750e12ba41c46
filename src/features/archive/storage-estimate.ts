import { readItem, writeItem } from '../../library';

/**
 * The one module that touches `navigator.storage`. Every call is guarded: the API is missing in
 * older browsers and in insecure contexts, and its promises may reject (private modes, policies).
 */

/** Remembers that the reader's first save already asked, so later saves never ask again. */
const PERSISTENCE_ASKED = 'archive:persistence-asked';

function storageManager(): StorageManager | null {
  try {
    return globalThis.navigator?.storage ?? null;
  } catch {
    return null;
  }
}

/**
 * Asks the browser to keep the archive when the disk runs low: called after the reader's first
 * successful save, never on page load (a prompt the reader did nothing to cause is one they refuse).
 * Returns whether storage is now persistent, or null when the browser cannot tell or was asked
 * before.
 */
export async function requestPersistence(): Promise<boolean | null> {
  if (readItem(PERSISTENCE_ASKED) !== null) return null;
  const storage = storageManager();
  if (!storage || typeof storage.persist !== 'function') return null;
  writeItem(PERSISTENCE_ASKED, new Date().toISOString());
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    return null;
  }
}

export interface StorageUsage {
  /** Bytes this site stores (the archive, caches and all). */
  usage: number;
  /** Bytes the browser would let it store; 0 when it does not say. */
  quota: number;
  /** Whether the browser keeps the data when the disk runs low; null when it cannot tell. */
  persistent: boolean | null;
}

/** The site's storage use and limit, or null where the browser does not report them. */
export async function estimateUsage(): Promise<StorageUsage | null> {
  const storage = storageManager();
  if (!storage || typeof storage.estimate !== 'function') return null;
  let estimate: StorageEstimate;
  try {
    estimate = await storage.estimate();
  } catch {
    return null;
  }
  let persistent: boolean | null = null;
  try {
    if (typeof storage.persisted === 'function') persistent = await storage.persisted();
  } catch {
    persistent = null;
  }
  return { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0, persistent };
}
