import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DigestEntry } from '../../../src/digest';
import { NoteEditor } from '../../../src/features/library/components/note-editor';
import { PaperActions } from '../../../src/features/library/components/paper-actions';
import { LibraryProvider } from '../../../src/features/library/library-provider';
import { READ_AFTER_MS, useMarkReadAfter } from '../../../src/features/library/use-mark-read-after';
import {
  exportJson,
  libraryStorageKey,
  NOTE_VERSIONS_SEPARATOR,
  WRITE_DELAY_MS,
  type LibraryData,
} from '../../../src/library';
import { makeEntry } from '../../support/entry-factory';
import { makeLibrary, makeNote } from '../../support/library-factory';

const KEY = libraryStorageKey('default');
const PAPER = makeEntry({ title: 'Shared Paper' });
const CHANGED_ELSEWHERE = '다른 탭에서 이 메모가 바뀌었습니다';

function renderWithLibrary(ui: ReactNode) {
  return render(<LibraryProvider>{ui}</LibraryProvider>);
}

function storedNote(): string | undefined {
  const raw = localStorage.getItem(KEY);
  return raw === null ? undefined : (JSON.parse(raw) as LibraryData).notes[PAPER.id]?.text;
}

/** Another tab saves `text` as the note: storage changes, then this page hears of it. */
function otherTabSaves(text: string): void {
  const value = exportJson(makeLibrary({ notes: [makeNote({ id: PAPER.id, text })] }));
  localStorage.setItem(KEY, value);
  fireEvent(window, new StorageEvent('storage', { key: KEY, newValue: value }));
}

const field = () => screen.getByRole('textbox', { name: '내 메모' });

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem(
    KEY,
    exportJson(makeLibrary({ notes: [makeNote({ id: PAPER.id, text: '처음' })] })),
  );
});

afterEach(() => {
  vi.useRealTimers();
});

describe('NoteEditor across tabs', () => {
  it('shows a note another tab saved while the reader is not editing here', () => {
    renderWithLibrary(<NoteEditor id={PAPER.id} />);
    expect(field()).toHaveValue('처음');
    otherTabSaves('다른 탭에서 고친 메모');
    expect(field()).toHaveValue('다른 탭에서 고친 메모');
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('keeps both notes, and says so, when both tabs edited it at once', async () => {
    const user = userEvent.setup();
    renderWithLibrary(<NoteEditor id={PAPER.id} />);
    await user.click(field());
    otherTabSaves('저기서 고침');
    // The reader is editing: the field is not rewritten under them.
    expect(field()).toHaveValue('처음');

    await user.type(field(), ' 여기서');
    expect(field()).toHaveValue('처음 여기서');
    expect(screen.getByRole('status')).toHaveTextContent(CHANGED_ELSEWHERE);
    const both = `처음 여기서${NOTE_VERSIONS_SEPARATOR}저기서 고침`;
    fireEvent(window, new Event('pagehide'));
    expect(storedNote()).toBe(both);

    await user.tab();
    expect(field()).toHaveValue(both);
    await user.click(screen.getByRole('button', { name: '확인' }));
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(field()).toHaveValue(both);
  });

  it('leaves a Korean syllable being composed alone, and merges once it is composed', () => {
    renderWithLibrary(<NoteEditor id={PAPER.id} />);
    act(() => field().focus());
    fireEvent.compositionStart(field());
    fireEvent.change(field(), { target: { value: '처음 ㅁ' } });
    otherTabSaves('저기서 고침');
    expect(field()).toHaveValue('처음 ㅁ');

    fireEvent.change(field(), { target: { value: '처음 모델' } });
    fireEvent.compositionEnd(field());
    expect(field()).toHaveValue('처음 모델');
    expect(screen.getByRole('status')).toHaveTextContent(CHANGED_ELSEWHERE);
    fireEvent(window, new Event('pagehide'));
    expect(storedNote()).toBe(`처음 모델${NOTE_VERSIONS_SEPARATOR}저기서 고침`);
  });
});

describe('marking a paper unread', () => {
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

  function advance(ms: number): void {
    act(() => {
      vi.advanceTimersByTime(ms);
    });
  }

  function switchTabAwayAndBack(visibility: {
    mockReturnValue: (value: DocumentVisibilityState) => unknown;
  }) {
    visibility.mockReturnValue('hidden');
    fireEvent(document, new Event('visibilitychange'));
    visibility.mockReturnValue('visible');
    fireEvent(document, new Event('visibilitychange'));
  }

  const readButton = () => screen.getByRole('button', { name: '읽음' });

  it('stays unread when the reader comes back to the tab, and until the paper is opened again', () => {
    vi.useFakeTimers();
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
    const { rerender } = renderWithLibrary(<Reader entry={PAPER} open />);
    advance(READ_AFTER_MS);
    expect(readButton()).toBePressed();

    fireEvent.click(readButton());
    expect(readButton()).not.toBePressed();
    switchTabAwayAndBack(visibility);
    advance(READ_AFTER_MS * 3);
    expect(readButton()).not.toBePressed();

    // Closed and opened again: a fresh reading marks it read as before.
    rerender(
      <LibraryProvider>
        <Reader entry={PAPER} open={false} />
      </LibraryProvider>,
    );
    rerender(
      <LibraryProvider>
        <Reader entry={PAPER} open />
      </LibraryProvider>,
    );
    advance(READ_AFTER_MS);
    expect(readButton()).toBePressed();
  });

  it('stays unread when another tab marked it unread after reading time marked it here', () => {
    vi.useFakeTimers();
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
    renderWithLibrary(<Reader entry={PAPER} open />);
    advance(READ_AFTER_MS + WRITE_DELAY_MS);
    expect(readButton()).toBePressed();

    const unread = exportJson(makeLibrary());
    localStorage.setItem(KEY, unread);
    fireEvent(window, new StorageEvent('storage', { key: KEY, newValue: unread }));
    expect(readButton()).not.toBePressed();
    switchTabAwayAndBack(visibility);
    advance(READ_AFTER_MS * 2);
    expect(readButton()).not.toBePressed();
  });

  it('stays unread when the reader marked it unread before reading time was up', () => {
    vi.useFakeTimers();
    renderWithLibrary(<Reader entry={PAPER} open />);
    fireEvent.click(readButton());
    fireEvent.click(readButton());
    expect(readButton()).not.toBePressed();
    advance(READ_AFTER_MS * 2);
    expect(readButton()).not.toBePressed();
  });
});
