import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { BOOKMARK_FOR_ATTRIBUTE, bookmarkBootScript } from '../../src/library/bookmark-boot';
import { libraryStorageKey } from '../../src/library/library-store';

/** A toggle as the page holds it: its paper's id, and aria-pressed as rendered. */
function toggle(id: string) {
  const attributes = new Map([
    [BOOKMARK_FOR_ATTRIBUTE, id],
    ['aria-pressed', 'false'],
  ]);
  return {
    getAttribute: (name: string) => attributes.get(name) ?? null,
    setAttribute: (name: string, value: string) => void attributes.set(name, value),
    pressed: () => attributes.get('aria-pressed'),
  };
}

/** Runs the script as the page would, on toggles for `ids`, with `stored` in localStorage. */
function boot(ids: string[], storage: { getItem: (key: string) => string | null }) {
  const toggles = ids.map(toggle);
  const document = {
    querySelectorAll: (selector: string) =>
      selector === `[${BOOKMARK_FOR_ATTRIBUTE}]` ? toggles : [],
  };
  runInNewContext(bookmarkBootScript(), { document, localStorage: storage });
  return toggles.map((item) => item.pressed());
}

const stored = (value: string | null) => ({
  getItem: (key: string) => (key === libraryStorageKey() ? value : null),
});

describe('bookmarkBootScript', () => {
  it('presses the toggles of saved papers, and only those', () => {
    const library = JSON.stringify({
      version: 1,
      bookmarks: { a: {}, c: {} },
      read: {},
      notes: {},
    });
    expect(boot(['a', 'b', 'c', 'a'], stored(library))).toEqual(['true', 'false', 'true', 'true']);
  });

  it.each([
    ['no library', null],
    ['a corrupted library', '{not json'],
    ['a library without bookmarks', '{"version":1}'],
    ['bookmarks that are not an object', '{"bookmarks":"a"}'],
    ['a prototype name as an id', '{"bookmarks":{}}'],
  ])('presses nothing with %s', (_, value) => {
    expect(boot(['a', 'toString', '__proto__'], stored(value))).toEqual([
      'false',
      'false',
      'false',
    ]);
  });

  it('presses nothing, and throws nothing, when storage is blocked', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(boot(['a'], blocked)).toEqual(['false']);
  });
});
