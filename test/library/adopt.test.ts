import { describe, expect, it } from 'vitest';
import { adoptDigestLibraries, LibraryStore, storageKey } from '../../src/library';
import { fakeScheduler, makeBookmark, makeLibrary, memoryStore } from '../support/library-factory';

const stored = (library: ReturnType<typeof makeLibrary>) => JSON.stringify(library);

describe('adoptDigestLibraries', () => {
  it("joins the libraries files and addresses kept apart, once, keeping the one library's records", () => {
    const fileBookmark = makeBookmark({ id: 'from-file', title: 'From a file' });
    const kept = makeBookmark({ id: 'both', title: 'Kept', savedAt: '2024-03-09T00:00:00.000Z' });
    const store = memoryStore({
      [storageKey('library:default')]: stored(makeLibrary({ bookmarks: [kept] })),
      [storageKey('library:file:mine.txt')]: stored(
        makeLibrary({
          bookmarks: [fileBookmark, { ...kept, savedAt: '2024-01-01T00:00:00.000Z' }],
        }),
      ),
      [storageKey('library:url:https://example.com/d.txt')]: stored(
        makeLibrary({ bookmarks: [makeBookmark({ id: 'from-url' })] }),
      ),
      [storageKey('library:file:mine.txt:backup:2024-01-01T00:00:00.000Z')]: 'damaged',
    });
    const library = new LibraryStore({ store, schedule: fakeScheduler() });

    expect(adoptDigestLibraries(library, store)).toBe(2);
    expect(Object.keys(library.getSnapshot().bookmarks).sort()).toEqual([
      'both',
      'from-file',
      'from-url',
    ]);
    expect(library.getSnapshot().bookmarks.both?.savedAt).toBe('2024-03-09T00:00:00.000Z');
    // The old values stay where they were.
    expect(store.data.has(storageKey('library:file:mine.txt'))).toBe(true);

    // A bookmark removed afterwards does not come back from the library it came from.
    library.toggleBookmark({ id: 'from-file', title: 'From a file', date: null });
    expect(adoptDigestLibraries(library, store)).toBe(0);
    expect(library.getSnapshot().bookmarks['from-file']).toBeUndefined();
  });

  it('does nothing where storage cannot be listed', () => {
    const library = new LibraryStore({ store: null });
    expect(adoptDigestLibraries(library, null)).toBe(0);
  });
});
