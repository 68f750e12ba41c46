import type { ArchiveBackend, StoredSource } from './backend.ts';

/**
 * The archive for this session only, where the browser refuses IndexedDB (some private modes):
 * the reader keeps working and is told that nothing outlives the tab. Records are copied in and
 * out, as IndexedDB would, so that a caller changing one changes nothing stored.
 */
export function createMemoryBackend(): ArchiveBackend {
  const stored = new Map<string, StoredSource>();
  return {
    storage: 'memory',
    list: () =>
      Promise.resolve({
        sources: Array.from(stored.values(), ({ source }) => ({ ...source })),
        problems: [],
      }),
    get: (id) => {
      const found = stored.get(id);
      return Promise.resolve(found ? { ...found.source } : null);
    },
    findByHash: (hash) => {
      for (const { source } of stored.values()) {
        if (source.hash === hash) return Promise.resolve({ ...source });
      }
      return Promise.resolve(null);
    },
    readText: (id) => Promise.resolve(stored.get(id)?.text ?? null),
    put: (sources) => {
      for (const { source, text } of sources)
        stored.set(source.id, { source: { ...source }, text });
      return Promise.resolve();
    },
    putSource: (source) => {
      const found = stored.get(source.id);
      if (found) found.source = { ...source };
      return Promise.resolve();
    },
    remove: (id) => Promise.resolve(stored.delete(id)),
  };
}
