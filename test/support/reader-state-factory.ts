import type { ReaderState } from '../../src/app/reader/use-reader-state';

/** The reader's state at `/` with nothing chosen; override only what a test is about. */
export function makeReaderState(overrides: Partial<ReaderState> = {}): ReaderState {
  return {
    selectedId: null,
    tag: null,
    view: 'both',
    list: 'all',
    query: '',
    tags: [],
    tagMode: 'and',
    excluded: [],
    from: null,
    to: null,
    order: 'newest',
    sort: 'saved',
    unreadOnly: false,
    src: null,
    filters: '',
    ...overrides,
  };
}
