import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { estimateUsage, requestPersistence } from '../../../src/features/archive/storage-estimate';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

function stubStorageManager(manager: Partial<StorageManager> | undefined): void {
  vi.stubGlobal('navigator', { storage: manager });
}

beforeEach(() => {
  vi.stubGlobal('localStorage', memoryStorage());
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('requestPersistence', () => {
  it('asks once, on the first save, and never again', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    stubStorageManager({ persist, persisted: () => Promise.resolve(false) });

    expect(await requestPersistence()).toBe(true);
    expect(await requestPersistence()).toBeNull();
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('does not ask a browser that already keeps the storage', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    stubStorageManager({ persist, persisted: () => Promise.resolve(true) });

    expect(await requestPersistence()).toBe(true);
    expect(persist).not.toHaveBeenCalled();
  });

  it('is quiet without the API, and when the browser refuses', async () => {
    stubStorageManager(undefined);
    expect(await requestPersistence()).toBeNull();

    stubStorageManager({ persist: () => Promise.reject(new Error('denied')) });
    expect(await requestPersistence()).toBeNull();
  });
});

describe('estimateUsage', () => {
  it('reports use, limit and whether the storage is kept', async () => {
    stubStorageManager({
      estimate: () => Promise.resolve({ usage: 12_300_000, quota: 2_000_000_000 }),
      persisted: () => Promise.resolve(false),
    });
    expect(await estimateUsage()).toEqual({
      usage: 12_300_000,
      quota: 2_000_000_000,
      persistent: false,
    });
  });

  it('is null without the API or when it fails, and leaves persistence unknown when that fails', async () => {
    stubStorageManager(undefined);
    expect(await estimateUsage()).toBeNull();

    stubStorageManager({ estimate: () => Promise.reject(new Error('blocked')) });
    expect(await estimateUsage()).toBeNull();

    stubStorageManager({
      estimate: () => Promise.resolve({}),
      persisted: () => Promise.reject(new Error('blocked')),
    });
    expect(await estimateUsage()).toEqual({ usage: 0, quota: 0, persistent: null });
  });
});
