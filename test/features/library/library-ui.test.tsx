import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DigestEntry } from '../../../src/digest';
import { BookmarkToggle } from '../../../src/features/library/components/bookmark-toggle';
import { LibraryNotices } from '../../../src/features/library/components/library-notices';
import { MissingBookmarks } from '../../../src/features/library/components/missing-bookmarks';
import { NoteEditor } from '../../../src/features/library/components/note-editor';
import { PaperActions } from '../../../src/features/library/components/paper-actions';
import { LibraryProvider } from '../../../src/features/library/library-provider';
import { useLibrary } from '../../../src/features/library/use-library';
import { READ_AFTER_MS, useMarkReadAfter } from '../../../src/features/library/use-mark-read-after';
import {
  exportJson,
  libraryStorageKey,
  WRITE_DELAY_MS,
  type LibraryData,
} from '../../../src/library';
import { makeEntry } from '../../support/entry-factory';
import { makeBookmark, makeLibrary, makeNote } from '../../support/library-factory';

const KEY = libraryStorageKey('default');

function renderWithLibrary(ui: ReactNode) {
  return render(<LibraryProvider>{ui}</LibraryProvider>);
}

/** What the library key of localStorage holds, parsed; null when nothing was written. */
function stored(): LibraryData | null {
  const raw = localStorage.getItem(KEY);
  return raw === null ? null : (JSON.parse(raw) as LibraryData);
}

function seed(data: LibraryData): void {
  localStorage.setItem(KEY, JSON.stringify(data));
}

/** Every localStorage write to the library key from now on. */
function spyOnLibraryWrites() {
  const setItem = vi.spyOn(Storage.prototype, 'setItem');
  return () => setItem.mock.calls.filter(([key]) => key === KEY);
}

/** What a hidden or closed page does: the provider writes pending changes at once. */
function hidePage(): void {
  fireEvent(window, new Event('pagehide'));
}

/**
 * Fake timers that still follow real time, so that user-event and Testing Library (which wait on
 * timers of their own) keep working while the test moves the clock on by hand.
 */
function fakeTimersWithUser() {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  return userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
}

function advance(ms: number): void {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

/** A bookmark star for one paper, driven by the library as the list and the detail pane do. */
function LibraryToggle({ entry }: { entry: DigestEntry }) {
  const { store, bookmarked } = useLibrary();
  return (
    <BookmarkToggle
      paperId="p-1"
      bookmarked={bookmarked.has(entry.id)}
      onToggle={() => store.toggleBookmark(entry)}
      title={entry.title}
    />
  );
}

beforeEach(() => {
  localStorage.clear();
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('BookmarkToggle', () => {
  it('is named after the paper and pressed while the paper is bookmarked', () => {
    const { rerender } = render(
      <BookmarkToggle
        paperId="p-1"
        bookmarked={false}
        onToggle={() => undefined}
        title="Attention Is All"
      />,
    );
    const toggle = screen.getByRole('button', { name: '책갈피: Attention Is All' });
    expect(toggle).not.toBePressed();
    expect(toggle).toHaveTextContent('책갈피');

    rerender(
      <BookmarkToggle
        paperId="p-1"
        bookmarked
        onToggle={() => undefined}
        title="Attention Is All"
      />,
    );
    expect(toggle).toBePressed();
    expect(toggle).toHaveTextContent('책갈피됨');
  });

  it('toggles without also clicking the row it sits in', async () => {
    const onToggle = vi.fn();
    const onRowClick = vi.fn();
    render(
      <div onClick={onRowClick}>
        <BookmarkToggle
          paperId="p-1"
          bookmarked={false}
          onToggle={onToggle}
          title="A Paper"
          size="small"
        />
      </div>,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: '책갈피: A Paper' }));
    expect(onToggle).toHaveBeenCalledTimes(1);
    expect(onRowClick).not.toHaveBeenCalled();
  });
});

describe('PaperActions', () => {
  it('names the bookmark button with a math title as plain text', async () => {
    renderWithLibrary(<PaperActions entry={makeEntry({ title: 'S$^2$R: Scaling on $\\mu$P' })} />);
    expect(
      await screen.findByRole('button', { name: '책갈피: S²R: Scaling on μP' }, { timeout: 5000 }),
    ).toBeInTheDocument();
  });

  it('bookmarks a paper and saves the bookmark after the batch delay', async () => {
    const user = fakeTimersWithUser();
    const entry = makeEntry({ title: 'Scaling Laws', date: '2024-03-08' });
    renderWithLibrary(<PaperActions entry={entry} />);

    const toggle = screen.getByRole('button', { name: '책갈피: Scaling Laws' });
    expect(toggle).not.toBePressed();
    await user.click(toggle);
    expect(toggle).toBePressed();

    advance(WRITE_DELAY_MS);
    expect(stored()?.bookmarks[entry.id]).toMatchObject({
      id: entry.id,
      title: 'Scaling Laws',
      date: '2024-03-08',
    });

    await user.click(toggle);
    expect(toggle).not.toBePressed();
    advance(WRITE_DELAY_MS);
    expect(stored()?.bookmarks).toEqual({});
  });

  it('marks a paper read and unread, and saves it', async () => {
    const user = fakeTimersWithUser();
    const entry = makeEntry();
    renderWithLibrary(<PaperActions entry={entry} />);

    const read = screen.getByRole('button', { name: '읽음' });
    expect(read).not.toBePressed();
    await user.click(read);
    expect(read).toBePressed();
    advance(WRITE_DELAY_MS);
    expect(stored()?.read[entry.id]).toMatchObject({ id: entry.id });

    await user.click(read);
    expect(read).not.toBePressed();
    advance(WRITE_DELAY_MS);
    expect(stored()?.read).toEqual({});
  });

  it('shows what is already saved', () => {
    const entry = makeEntry({ title: 'Saved Before' });
    seed(
      makeLibrary({
        bookmarks: [makeBookmark({ id: entry.id, title: entry.title })],
        read: [{ id: entry.id, readAt: '2024-03-08T10:00:00.000Z' }],
      }),
    );
    renderWithLibrary(<PaperActions entry={entry} />);
    expect(screen.getByRole('button', { name: '책갈피: Saved Before' })).toBePressed();
    expect(screen.getByRole('button', { name: '읽음' })).toBePressed();
  });

  it('copies the page address and says so', async () => {
    const user = userEvent.setup();
    renderWithLibrary(<PaperActions entry={makeEntry()} />);
    await user.click(screen.getByRole('button', { name: '링크 복사' }));
    expect(await screen.findByText('링크를 복사했습니다')).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toBe(window.location.href);
  });
});

describe('NoteEditor', () => {
  it('shows each keystroke at once but writes storage once for a burst of typing', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    // No pause between keystrokes: the whole burst falls inside one batch.
    const user = userEvent.setup({ delay: null });
    const writes = spyOnLibraryWrites();
    const entry = makeEntry();
    renderWithLibrary(<NoteEditor id={entry.id} />);

    const field = screen.getByRole('textbox', { name: '내 메모' });
    const text = '다시 읽어 볼 것: 3절의 실험과 표'; // 20 characters
    expect(text).toHaveLength(20);
    await user.type(field, text);
    expect(field).toHaveValue(text);

    advance(WRITE_DELAY_MS);
    expect(writes()).toHaveLength(1);
    expect(stored()?.notes[entry.id]?.text).toBe(text);
  });

  it('writes a pending note as soon as the page is hidden', () => {
    // The clock stands still, so nothing but the pagehide can write.
    vi.useFakeTimers();
    const writes = spyOnLibraryWrites();
    const entry = makeEntry();
    renderWithLibrary(<NoteEditor id={entry.id} />);

    fireEvent.change(screen.getByRole('textbox', { name: '내 메모' }), {
      target: { value: '닫기 직전의 메모' },
    });
    expect(writes()).toHaveLength(0);

    hidePage();
    expect(writes()).toHaveLength(1);
    expect(stored()?.notes[entry.id]?.text).toBe('닫기 직전의 메모');
  });

  it('writes a pending note as soon as the tab is switched away from', () => {
    vi.useFakeTimers();
    const entry = makeEntry();
    renderWithLibrary(<NoteEditor id={entry.id} />);
    fireEvent.change(screen.getByRole('textbox', { name: '내 메모' }), {
      target: { value: '다른 탭으로 가기 전' },
    });

    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    fireEvent(document, new Event('visibilitychange'));
    expect(stored()?.notes[entry.id]?.text).toBe('다른 탭으로 가기 전');
  });

  it('starts from the saved note', () => {
    const entry = makeEntry();
    seed(makeLibrary({ notes: [makeNote({ id: entry.id, text: '지난번 메모' })] }));
    renderWithLibrary(<NoteEditor id={entry.id} />);
    expect(screen.getByRole('textbox', { name: '내 메모' })).toHaveValue('지난번 메모');
  });

  it('previews the note as Markdown, showing HTML in it as text', async () => {
    const user = userEvent.setup();
    renderWithLibrary(<NoteEditor id={makeEntry().id} />);

    const preview = screen.getByRole('button', { name: '미리보기' });
    expect(preview).toBeDisabled();
    const note = '**중요** 3절\n\n<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">';
    fireEvent.change(screen.getByRole('textbox', { name: '내 메모' }), {
      target: { value: note },
    });
    await user.click(preview);
    expect(preview).toBePressed();

    // The Markdown renderer is loaded on first use, which can take a while in a cold test run.
    const strong = await screen.findByText('중요', { selector: 'strong' }, { timeout: 5000 });
    expect(strong).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: '내 메모' })).not.toBeInTheDocument();
    const section = screen.getByRole('region', { name: '내 메모' });
    expect(section).toHaveTextContent('<script>alert(1)</script>');
    expect(section).toHaveTextContent('<img src=x onerror="alert(2)">');
    expect(document.querySelector('script')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('[onerror]')).toBeNull();

    await user.click(preview);
    expect(screen.getByRole('textbox', { name: '내 메모' })).toHaveValue(note);
  });
});

describe('LibraryNotices', () => {
  it('says when saved data was damaged, keeps the raw value in a backup, and can be closed', async () => {
    const raw = '{"version":1,"bookmarks":{"2024-03-08-paper"';
    localStorage.setItem(KEY, raw);
    renderWithLibrary(<LibraryNotices />);

    const notice = screen.getByRole('alert');
    expect(notice).toHaveTextContent('저장된 서재 데이터 일부가 손상되어 복구했습니다.');
    expect(notice).toHaveTextContent('원래 값은 백업해 두었습니다.');
    expect(notice).toHaveTextContent('JSON 형식이 아니어서');

    const backups = Object.keys(localStorage).filter((key) => key.includes(':backup:'));
    expect(backups).toHaveLength(1);
    expect(backups[0]?.startsWith(`${KEY}:backup:`)).toBe(true);
    expect(localStorage.getItem(backups[0] ?? '')).toBe(raw);

    await userEvent.setup().click(within(notice).getByRole('button', { name: '닫기' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows nothing when the saved library is sound', () => {
    seed(makeLibrary({ bookmarks: [makeBookmark()] }));
    renderWithLibrary(<LibraryNotices />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so when storage refuses to save changes', async () => {
    const user = fakeTimersWithUser();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const entry = makeEntry({ title: 'Kept In Memory' });
    renderWithLibrary(
      <>
        <LibraryNotices />
        <PaperActions entry={entry} />
      </>,
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '책갈피: Kept In Memory' }));
    advance(WRITE_DELAY_MS);
    expect(screen.getByRole('alert')).toHaveTextContent('변경 사항이 저장되지 않습니다');
    // The reader keeps working in memory.
    expect(screen.getByRole('button', { name: '책갈피: Kept In Memory' })).toBePressed();
  });
});

describe('MissingBookmarks', () => {
  /** Bookmarks whose paper `digest` lacks, as the reader page works them out. */
  function Missing({ digest }: { digest: readonly DigestEntry[] }) {
    const { data } = useLibrary();
    const ids = new Set(digest.map((entry) => entry.id));
    return (
      <MissingBookmarks bookmarks={Object.values(data.bookmarks).filter((b) => !ids.has(b.id))} />
    );
  }

  it('lists a bookmark whose paper left the digest, and deletes it on request', async () => {
    const present = makeEntry({ title: 'Still Here' });
    seed(
      makeLibrary({
        bookmarks: [
          makeBookmark({ id: present.id, title: present.title }),
          makeBookmark({ id: '2023-12-01-gone', title: 'Gone Paper', date: '2023-12-01' }),
        ],
      }),
    );
    renderWithLibrary(<Missing digest={[present]} />);

    const section = screen.getByRole('region', { name: '이 다이제스트에 없는 책갈피 1개' });
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    const [item] = items as [HTMLElement];
    expect(item).toHaveTextContent('Gone Paper');
    expect(item).toHaveTextContent('다이제스트에 없음');
    expect(item).toHaveTextContent('2023년 12월 1일');
    expect(screen.queryByText('Still Here')).not.toBeInTheDocument();

    await userEvent.setup().click(within(item).getByRole('button', { name: '삭제' }));
    expect(screen.queryByRole('region')).not.toBeInTheDocument();

    hidePage();
    expect(Object.keys(stored()?.bookmarks ?? {})).toEqual([present.id]);
  });

  it('shows nothing when every bookmark is in the digest', () => {
    const present = makeEntry();
    seed(makeLibrary({ bookmarks: [makeBookmark({ id: present.id })] }));
    renderWithLibrary(<Missing digest={[present]} />);
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });
});

describe('useMarkReadAfter', () => {
  /** The paper open in the detail pane, with its read button to watch the mark. */
  function Reader({ entry, open }: { entry: DigestEntry; open: boolean }) {
    return (
      <>
        {open && <OpenPaper id={entry.id} />}
        <PaperActions entry={entry} />
      </>
    );
  }

  function OpenPaper({ id }: { id: string }) {
    useMarkReadAfter(id);
    return null;
  }

  const readButton = () => screen.getByRole('button', { name: '읽음' });

  it('marks the open paper read after a few seconds', () => {
    vi.useFakeTimers();
    const entry = makeEntry();
    renderWithLibrary(<Reader entry={entry} open />);

    advance(READ_AFTER_MS - 1);
    expect(readButton()).not.toBePressed();
    advance(1);
    expect(readButton()).toBePressed();
    expect(READ_AFTER_MS).toBe(4000);
  });

  it('does not mark a paper that was closed sooner', () => {
    vi.useFakeTimers();
    const entry = makeEntry();
    const { rerender } = renderWithLibrary(<Reader entry={entry} open />);

    advance(2000);
    rerender(
      <LibraryProvider>
        <Reader entry={entry} open={false} />
      </LibraryProvider>,
    );
    advance(10_000);
    expect(readButton()).not.toBePressed();
    hidePage();
    expect(stored()?.read ?? {}).toEqual({});
  });

  it('waits while the page is hidden and starts over once it is visible again', () => {
    vi.useFakeTimers();
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
    const entry = makeEntry();
    renderWithLibrary(<Reader entry={entry} open />);

    advance(3000);
    visibility.mockReturnValue('hidden');
    fireEvent(document, new Event('visibilitychange'));
    advance(10_000);
    expect(readButton()).not.toBePressed();

    visibility.mockReturnValue('visible');
    fireEvent(document, new Event('visibilitychange'));
    advance(READ_AFTER_MS - 1);
    expect(readButton()).not.toBePressed();
    advance(1);
    expect(readButton()).toBePressed();
  });
});

describe('LibraryProvider', () => {
  it('takes in a change another tab saved, without a reload', () => {
    const entry = makeEntry({ title: 'From Another Tab' });
    renderWithLibrary(<LibraryToggle entry={entry} />);
    const toggle = screen.getByRole('button', { name: '책갈피: From Another Tab' });
    expect(toggle).not.toBePressed();

    const withBookmark = exportJson(
      makeLibrary({ bookmarks: [makeBookmark({ id: entry.id, title: entry.title })] }),
    );
    fireEvent(window, new StorageEvent('storage', { key: KEY, newValue: withBookmark }));
    expect(toggle).toBePressed();

    // The other tab cleared its library.
    fireEvent(window, new StorageEvent('storage', { key: KEY, newValue: null }));
    expect(toggle).not.toBePressed();
  });

  it("ignores storage events for other keys and other digests' libraries", () => {
    const entry = makeEntry({ title: 'Unrelated' });
    renderWithLibrary(<LibraryToggle entry={entry} />);
    const value = exportJson(makeLibrary({ bookmarks: [makeBookmark({ id: entry.id })] }));

    fireEvent(window, new StorageEvent('storage', { key: 'theme', newValue: value }));
    fireEvent(
      window,
      new StorageEvent('storage', { key: libraryStorageKey('other'), newValue: value }),
    );
    expect(screen.getByRole('button', { name: '책갈피: Unrelated' })).not.toBePressed();
  });

  it('writes pending changes when it unmounts', async () => {
    const entry = makeEntry({ title: 'Saved On Unmount' });
    const { unmount } = renderWithLibrary(<LibraryToggle entry={entry} />);
    await userEvent.setup().click(screen.getByRole('button', { name: '책갈피: Saved On Unmount' }));
    unmount();
    expect(Object.keys(stored()?.bookmarks ?? {})).toEqual([entry.id]);
  });

  it('switches to the other library when the digest changes', async () => {
    const entry = makeEntry({ title: 'Per Digest' });
    const archiveKey = libraryStorageKey('2024-archive');
    const saved = makeLibrary({ bookmarks: [makeBookmark({ id: entry.id, title: entry.title })] });
    seed(saved);
    function Switcher() {
      const [digestKey, setDigestKey] = useState('default');
      return (
        <>
          <button type="button" onClick={() => setDigestKey('2024-archive')}>
            다른 다이제스트
          </button>
          <LibraryProvider digestKey={digestKey}>
            <LibraryToggle entry={entry} />
          </LibraryProvider>
        </>
      );
    }
    const user = userEvent.setup();
    render(<Switcher />);
    const toggle = screen.getByRole('button', { name: '책갈피: Per Digest' });
    expect(toggle).toBePressed();

    await user.click(screen.getByRole('button', { name: '다른 다이제스트' }));
    expect(toggle).not.toBePressed();

    await user.click(toggle);
    expect(toggle).toBePressed();
    hidePage();
    const archive = JSON.parse(localStorage.getItem(archiveKey) ?? 'null') as LibraryData | null;
    expect(Object.keys(archive?.bookmarks ?? {})).toEqual([entry.id]);
    expect(stored()).toEqual(saved);

    // Other tabs' changes now come from the new digest's key.
    fireEvent(window, new StorageEvent('storage', { key: KEY, newValue: null }));
    expect(toggle).toBePressed();
    fireEvent(window, new StorageEvent('storage', { key: archiveKey, newValue: null }));
    expect(toggle).not.toBePressed();
  });
});
