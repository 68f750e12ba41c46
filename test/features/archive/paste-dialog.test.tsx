import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { QueryClient } from '@tanstack/react-query';
import { App } from '../../../src/app/app';
import { createQueryClient } from '../../../src/app/query-client';
import { ArchiveClientProvider } from '../../../src/features/archive/archive-context';
import { QUOTA_TEXT } from '../../../src/features/archive/archive-text';
import { digestKeys, type LoadedDigest } from '../../../src/features/digest/api/digest-query';
import { serveAppDigest } from '../../support/app-harness';
import { testArchive, type TestArchive } from '../../support/archive-client';
import { digest, entryLines } from '../../support/digest-factory';
import { fakeModalDialogs } from '../../support/modal-dialogs';

const KNOWN = entryLines({ title: 'Scaling Reward Models' });
serveAppDigest(digest('2024년 3월 8일', KNOWN, entryLines({ title: 'Shipped Second Paper' })));
fakeModalDialogs();

// A new paper, and one the shipped digest has (a paper's id is its day and title).
const NEXT_DAY = digest(
  '2024년 3월 9일',
  entryLines({ title: 'A Brand New Paper' }),
  '2024년 3월 8일',
  KNOWN,
);

let queryClient: QueryClient;

function openApp(archive: TestArchive = testArchive(), path = '/') {
  window.history.replaceState(null, '', path);
  queryClient = createQueryClient();
  render(
    <ArchiveClientProvider load={archive.load}>
      <App queryClient={queryClient} />
    </ArchiveClientProvider>,
  );
  return archive;
}

/** The whole digest, the archive included, is in: what is pasted now joins it where it stands. */
async function digestLoaded(): Promise<void> {
  await waitFor(() => {
    const loaded = queryClient.getQueriesData<LoadedDigest | null>({ queryKey: digestKeys.all });
    expect(loaded.map(([, digest]) => digest?.complete)).toEqual([true]);
  });
}

/** The page's live region for the archive's results, in the header. */
const pageStatus = () => within(screen.getByRole('banner')).getByRole('status');

async function openDialog(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: '붙여넣기' }));
  const dialog = await screen.findByRole('dialog', { name: '다이제스트 붙여넣기' });
  const box = within(dialog).getByRole('textbox', { name: '다이제스트 텍스트' });
  await waitFor(() => expect(box).toHaveFocus());
  return { dialog, box, add: within(dialog).getByRole('button', { name: '보관함에 추가' }) };
}

function setClipboard(readText: () => Promise<string>): void {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { readText } });
}

describe('pasting a day of the digest', () => {
  it('adds it to the archive: the dialog closes, the outcome is said, and the new paper is listed once', async () => {
    openApp();
    const user = userEvent.setup();
    const list = await screen.findByRole('list', { name: '논문 목록' });
    await within(list).findByRole('heading', { name: 'Scaling Reward Models' });
    await digestLoaded();

    const { box, add } = await openDialog(user);
    await user.paste(NEXT_DAY);
    expect(box).toHaveValue(NEXT_DAY);
    await user.click(add);

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() =>
      expect(pageStatus()).toHaveTextContent(
        '붙여넣은 다이제스트를 보관했습니다: 새 논문 1편, 이미 있던 논문 1편',
      ),
    );
    expect(await within(list).findByRole('heading', { name: 'A Brand New Paper' })).toBeVisible();
    expect(within(list).getAllByRole('heading', { name: 'Scaling Reward Models' })).toHaveLength(1);
  });

  it('keeps the text and says why when it is empty, a web page, or has no papers', async () => {
    openApp();
    const user = userEvent.setup();
    const { dialog, box, add } = await openDialog(user);
    const message = () => within(dialog).getByRole('status');

    await user.type(box, '   ');
    await user.click(add);
    expect(message()).toHaveTextContent(
      '붙여넣은 내용이 비어 있습니다. 다이제스트 텍스트를 붙여넣어 주세요.',
    );
    expect(box).toHaveFocus();
    expect(box).toHaveAttribute('aria-invalid', 'true');

    await user.clear(box);
    await user.paste('<!DOCTYPE html><html><body>로그인</body></html>');
    await user.click(add);
    await waitFor(() => expect(message()).toHaveTextContent(/웹 페이지의 HTML이 붙여넣어졌습니다/));
    expect(box).toHaveValue('<!DOCTYPE html><html><body>로그인</body></html>');

    await user.clear(box);
    // Only the day's heading was copied.
    await user.paste('2024년 3월 9일');
    await user.click(add);
    await waitFor(() => expect(message()).toHaveTextContent(/^논문을 찾지 못했습니다\./));
    expect(box).toHaveValue('2024년 3월 9일');
    expect(box).toHaveAccessibleDescription(/논문을 찾지 못했습니다/);
    expect(screen.getByRole('dialog', { name: '다이제스트 붙여넣기' })).toBeInTheDocument();
  });

  it('on a full disk says nothing stored was lost, and leads to removing the oldest sources', async () => {
    const archive = testArchive();
    await archive.client.addPaste(digest('2024년 3월 1일', entryLines({ title: 'Old Paste' })));
    archive.fillDisk();
    openApp(archive);
    const user = userEvent.setup();
    const { dialog, box, add } = await openDialog(user);

    await user.paste(NEXT_DAY);
    await user.click(add);
    await waitFor(() => expect(within(dialog).getByRole('status')).toHaveTextContent(QUOTA_TEXT));
    expect(box).toHaveValue(NEXT_DAY);

    await user.click(within(dialog).getByRole('link', { name: '내 자료에서 오래된 자료 지우기' }));
    expect(await screen.findByRole('heading', { level: 2, name: '내 자료' })).toBeVisible();
    const offer = await screen.findByRole('region', { name: '공간 만들기' });
    expect(offer).toHaveTextContent('붙여넣기 2024-03-01');
  });

  it('fills the box from the clipboard, or says to paste with the keyboard when it may not', async () => {
    openApp();
    const user = userEvent.setup();
    const { dialog, box } = await openDialog(user);
    const fromClipboard = within(dialog).getByRole('button', { name: '클립보드에서 붙여넣기' });

    setClipboard(() => Promise.resolve(NEXT_DAY));
    await user.click(fromClipboard);
    await waitFor(() => expect(box).toHaveValue(NEXT_DAY));
    expect(box).toHaveFocus();

    setClipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
    await user.click(fromClipboard);
    await waitFor(() =>
      expect(within(dialog).getByRole('status')).toHaveTextContent(
        '클립보드를 읽을 수 없습니다. 아래 칸을 누르고 Ctrl+V(Mac은 ⌘+V)로 붙여넣어 주세요.',
      ),
    );
    expect(box).toHaveFocus();
    expect(box).toHaveValue(NEXT_DAY);
  });

  it('adds with Ctrl+Enter, but not with the Enter that ends a Hangul syllable', async () => {
    const archive = openApp();
    const added = vi.spyOn(archive.client, 'addPaste');
    const user = userEvent.setup();
    const { box } = await openDialog(user);
    await user.paste(NEXT_DAY);

    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true, isComposing: true });
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true, keyCode: 229 });
    expect(added).not.toHaveBeenCalled();

    fireEvent.keyDown(box, { key: 'Enter', metaKey: true });
    await waitFor(() => expect(added).toHaveBeenCalledWith(NEXT_DAY));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
