import { describe, expect, it } from 'vitest';
import {
  readItem,
  readItemChecked,
  removeItem,
  storageKey,
  writeItem,
  type Store,
} from '../../src/library';

function memoryStore(): Store & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const throwing: Store = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

describe('storage', () => {
  it('namespaces and versions its keys', () => {
    const store = memoryStore();
    expect(writeItem('theme', 'dark', store)).toBe(true);
    expect([...store.data]).toEqual([[storageKey('theme'), 'dark']]);
    expect(storageKey('theme')).toBe('digest-reader:v1:theme');
    expect(readItem('theme', store)).toBe('dark');
    expect(removeItem('theme', store)).toBe(true);
    expect(readItem('theme', store)).toBeNull();
  });

  it('survives storage that throws or is missing', () => {
    expect(readItem('theme', throwing)).toBeNull();
    expect(writeItem('theme', 'dark', throwing)).toBe(false);
    expect(removeItem('theme', throwing)).toBe(false);
    expect(readItem('theme', null)).toBeNull();
    expect(writeItem('theme', 'dark', null)).toBe(false);
  });

  it('tells an absent value from storage that could not be read', () => {
    const store = memoryStore();
    expect(readItemChecked('theme', store)).toEqual({ ok: true, value: null });
    writeItem('theme', 'dark', store);
    expect(readItemChecked('theme', store)).toEqual({ ok: true, value: 'dark' });
    expect(readItemChecked('theme', throwing)).toEqual({ ok: false });
    expect(readItemChecked('theme', null)).toEqual({ ok: false });
  });
});
