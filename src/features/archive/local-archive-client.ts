import type { Archive } from '../../archive/types';
import type { ArchiveClient } from './archive-client';
import { absoluteAddress, browserArchiveOptions } from './archive-protocol';

/**
 * The archive run in the page itself, by the same operations as the worker's: for browsers
 * without module workers, a worker that failed to start, and component tests (give it
 * `createArchive(createMemoryBackend(), …)`).
 */
export function createLocalArchiveClient(archive: Archive | Promise<Archive>): ArchiveClient {
  const opened = Promise.resolve(archive);
  return {
    list: async () => (await opened).list(),
    read: async (id) => (await opened).read(id),
    addFile: async (file, name) => (await opened).addFile(file, name),
    addPaste: async (text) => (await opened).addPaste(text),
    refresh: async (url) => (await opened).refresh(absoluteAddress(url)),
    keepSubscription: async (url, text, validators) =>
      (await opened).keepSubscription(absoluteAddress(url), text, validators),
    remove: async (id) => (await opened).remove(id),
    exportArchive: async (library) => (await opened).exportArchive(library),
    importArchive: async (file) => (await opened).importArchive(file),
  };
}

/** The browser's archive opened in the page; its code loads with the first call. */
export function openPageArchive(): Promise<Archive> {
  return import('../../archive/open-archive').then(({ openArchive }) =>
    openArchive(browserArchiveOptions()),
  );
}
