import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/app';
import { ArchiveClientProvider } from '../../../src/features/archive/archive-context';
import { QUOTA_TEXT } from '../../../src/features/archive/archive-text';
import { libraryStorageKey } from '../../../src/library';
import { testArchive, type TestArchive } from '../../support/archive-client';
import { digest, entryLines } from '../../support/digest-factory';
import { fakeModalDialogs } from '../../support/modal-dialogs';

fakeModalDialogs();

const MARCH = digest(
  '2024년 3월 8일',
  entryLines({ title: 'Scaling Reward Models' }),
  '2024년 3월 1일',
  entryLines({ title: 'Diffusion Transformers at Scale' }),
  entryLines({ title: 'Sparse Attention Revisited' }),
);
const DAY = digest('2024년 3월 9일', entryLines({ title: 'A Pasted Paper' }));
const FEED = digest('2024년 3월 10일', entryLines({ title: 'A Subscribed Paper' }));
const FEED_URL = 'https://example.com/digest.txt';

/** A host that serves `FEED` at `FEED_URL` and answers 404 elsewhere. */
const host = vi.fn((input: string | URL | Request) =>
  Promise.resolve(
    (input instanceof Request ? input.url : input.toString()) === FEED_URL
      ? new Response(FEED)
      : new Response('no', { status: 404 }),
  ),
);

function setStorageManager(manager: Partial<StorageManager> | undefined): void {
  Object.defineProperty(navigator, 'storage', { configurable: true, value: manager });
}

beforeEach(() => {
  localStorage.clear();
  host.mockClear();
  setStorageManager({
    estimate: () => Promise.resolve({ usage: 12_300_000, quota: 2_112_300_000 }),
    persisted: () => Promise.resolve(false),
    persist: () => Promise.resolve(true),
  });
});

afterEach(() => {
  setStorageManager(undefined);
  vi.restoreAllMocks();
});

function openSources(archive: TestArchive, state?: unknown) {
  window.history.replaceState(state ?? null, '', '/sources');
  return render(
    <ArchiveClientProvider load={archive.load}>
      <App />
    </ArchiveClientProvider>,
  );
}

/** The page's live region for the archive's results, in the header. */
const status = () => within(screen.getByRole('banner')).getByRole('status');

async function announced(text: string | RegExp): Promise<void> {
  await waitFor(() => expect(status()).toHaveTextContent(text));
}

function sourceRow(name: string): HTMLElement {
  const list = screen.getByRole('list', { name: '보관한 자료' });
  const heading = within(list).getByRole('heading', { level: 4, name });
  return heading.closest('li') as HTMLElement;
}

describe('the 내 자료 page', () => {
  it('lists each source with its kind, size, papers, dates and last refresh, and the shipped digests', async () => {
    const archive = testArchive({ fetch: host });
    await archive.client.addFile(new File([MARCH], '2024-03.txt'), '2024-03.txt');
    await archive.client.addPaste(DAY);
    await archive.client.refresh(FEED_URL);
    openSources(archive);

    expect(await screen.findByRole('heading', { level: 2, name: '내 자료' })).toBeVisible();
    await waitFor(() => expect(document.title).toBe('내 자료 — 논문 다이제스트'));
    const file = within(await waitFor(() => sourceRow('2024-03.txt')));
    expect(file.getByText('파일')).toBeInTheDocument();
    expect(file.getByText(`${new Blob([MARCH]).size} B`)).toBeInTheDocument();
    expect(file.getByText('3편')).toBeInTheDocument();
    expect(file.getByText('2024년 3월 1일–3월 8일')).toBeInTheDocument();

    const paste = within(sourceRow('붙여넣기 2024-03-09'));
    expect(paste.getByText('붙여넣기', { selector: 'dd' })).toBeInTheDocument();
    expect(paste.getByText('2024년 3월 9일')).toBeInTheDocument();

    const feed = within(sourceRow(FEED_URL));
    expect(feed.getByText('구독')).toBeInTheDocument();
    expect(feed.getByText('마지막 확인')).toBeInTheDocument();
    expect(feed.getByText('방금')).toBeInTheDocument();

    expect(screen.getByText('3개 · 논문 5편 · ', { exact: false })).toBeInTheDocument();
    const shipped = screen.getByRole('list', { name: '앱에 포함된 다이제스트' });
    expect(within(shipped).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(await screen.findByText('저장 공간 12.3 MB 사용 / 약 2.1 GB 가능')).toBeInTheDocument();
    expect(screen.getByText(/브라우저가 이 자료를 지울 수 있습니다/)).toBeInTheDocument();
    expect(screen.queryByText(/이번 방문 동안만 기억합니다/)).not.toBeInTheDocument();
  });

  it('links from the header, and says when it has no source yet', async () => {
    openSources(testArchive());
    expect(screen.getByRole('link', { name: '내 자료' })).toHaveAttribute('href', '/sources');
    expect(await screen.findByText(/아직 보관한 자료가 없습니다/)).toBeInTheDocument();
  });

  it('asks before removing a source, saying that bookmarks and notes stay, then removes it', async () => {
    const archive = testArchive();
    await archive.client.addFile(new File([MARCH], '2024-03.txt'), '2024-03.txt');
    await archive.client.addPaste(DAY);
    openSources(archive);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: '2024-03.txt 지우기' }));
    let dialog = screen.getByRole('dialog', { name: '자료 지우기' });
    expect(dialog).toHaveTextContent('2024-03.txt');
    expect(dialog).toHaveTextContent('책갈피, 읽음 표시, 메모는 그대로 남습니다');
    expect(within(dialog).getByRole('button', { name: '취소' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: '취소' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect((await archive.client.list()).sources).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: '2024-03.txt 지우기' }));
    dialog = screen.getByRole('dialog', { name: '자료 지우기' });
    await user.click(within(dialog).getByRole('button', { name: '지우기' }));

    await announced(
      '지웠습니다: 2024-03.txt. 이 자료의 논문에 남긴 책갈피, 읽음 표시, 메모는 그대로 남습니다.',
    );
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: '2024-03.txt' })).not.toBeInTheDocument(),
    );
    expect(sourceRow('붙여넣기 2024-03-09')).toBeInTheDocument();
    expect((await archive.client.list()).sources.map((source) => source.name)).toEqual([
      '붙여넣기 2024-03-09',
    ]);
    expect(screen.getByRole('heading', { level: 3, name: '보관한 자료' })).toHaveFocus();
  });

  it('checks the address before subscribing, then subscribes and lists it', async () => {
    const archive = testArchive({ fetch: host });
    openSources(archive);
    const user = userEvent.setup();
    expect(await screen.findByRole('form', { name: '주소 구독' })).toBeInTheDocument();
    const field = screen.getByRole('textbox', { name: '구독할 주소' });
    const subscribe = screen.getByRole('button', { name: '구독' });

    await user.click(subscribe);
    expect(field).toHaveAccessibleDescription(/구독할 주소를 입력하세요\./);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveFocus();

    await user.type(field, 'ftp://example.com/digest.txt{Enter}');
    expect(field).toHaveAccessibleDescription(/https:\/\/ 주소만 구독할 수 있습니다\./);
    expect(host).not.toHaveBeenCalled();

    await user.clear(field);
    await user.type(field, 'https://example.com/missing.txt{Enter}');
    await announced(/^구독하지 못했습니다\. 다이제스트를 찾을 수 없습니다 \(HTTP 404\)/);
    expect(field).toHaveValue('https://example.com/missing.txt');

    await user.clear(field);
    await user.type(field, `${FEED_URL}{Enter}`);
    await announced(`${FEED_URL} 주소를 구독했습니다: 새 논문 1편`);
    expect(field).toHaveValue('');
    expect(field).not.toHaveAttribute('aria-invalid');
    expect(await waitFor(() => sourceRow(FEED_URL))).toHaveTextContent('구독');

    await user.click(screen.getByRole('button', { name: `${FEED_URL} 새로 확인` }));
    await announced(`이미 구독하고 있는 주소이며 새로 바뀐 내용은 없습니다: ${FEED_URL}`);
  });

  it('keeps a file, refuses one that is no digest, and says when one is kept already', async () => {
    const archive = testArchive();
    openSources(archive);
    // The file picker's filter is a suggestion: a reader may still choose any file.
    const user = userEvent.setup({ applyAccept: false });
    const picker = await screen.findByLabelText('보관할 다이제스트 파일');

    await user.upload(picker, new File([MARCH], '2024-03.txt', { type: 'text/plain' }));
    await announced('2024-03.txt 파일을 보관했습니다: 새 논문 3편');
    expect(await waitFor(() => sourceRow('2024-03.txt'))).toBeInTheDocument();

    await user.upload(picker, new File([MARCH], 'copy.txt', { type: 'text/plain' }));
    await announced('이미 보관한 다이제스트입니다: 2024-03.txt');

    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await user.upload(picker, new File([png], 'figure.png', { type: 'image/png' }));
    await announced('다이제스트가 아닙니다. 이미지 파일(PNG)은 다이제스트가 아닙니다.');
    expect((await archive.client.list()).sources).toHaveLength(1);
  });

  it('opens the paste dialog from the page as well', async () => {
    openSources(testArchive());
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '텍스트 붙여넣기' }));
    const dialog = screen.getByRole('dialog', { name: '다이제스트 붙여넣기' });
    await user.click(within(dialog).getByRole('textbox', { name: '다이제스트 텍스트' }));
    await user.paste(DAY);
    await user.click(within(dialog).getByRole('button', { name: '보관함에 추가' }));
    await announced('붙여넣은 다이제스트를 보관했습니다: 새 논문 1편');
    expect(await waitFor(() => sourceRow('붙여넣기 2024-03-09'))).toBeInTheDocument();
  });

  it('tells a memory-only archive, and records it could not read', async () => {
    openSources(
      testArchive({ storage: 'memory', problems: ['기록 1건을 읽지 못했습니다 (paste:1).'] }),
    );
    expect(
      await screen.findByText(/이 브라우저는 보관함을 저장할 수 없어 이번 방문 동안만 기억합니다/),
    ).toBeInTheDocument();
    expect(screen.getByText('기록 1건을 읽지 못했습니다 (paste:1).')).toBeInTheDocument();
  });

  it('says when the browser does not report its storage', async () => {
    setStorageManager(undefined);
    openSources(testArchive());
    expect(
      await screen.findByText('이 브라우저는 저장 공간 사용량을 알려 주지 않습니다.'),
    ).toBeInTheDocument();
  });

  it('on a full disk, says nothing was lost and offers to remove the oldest sources', async () => {
    let clock = Date.parse('2024-03-10T09:00:00Z');
    const archive = testArchive({ fetch: host, now: () => new Date((clock += 60_000)) });
    await archive.client.addFile(new File([MARCH], '2024-03.txt'), '2024-03.txt');
    await archive.client.addPaste(DAY);
    archive.fillDisk();
    openSources(archive);
    const user = userEvent.setup();

    await user.type(
      await screen.findByRole('textbox', { name: '구독할 주소' }),
      `${FEED_URL}{Enter}`,
    );
    await announced(QUOTA_TEXT);
    const offer = screen.getByRole('region', { name: '공간 만들기' });
    expect(offer).toHaveTextContent(`2024-03.txt · 약 ${new Blob([MARCH]).size} B`);
    await user.selectOptions(
      within(offer).getByRole('combobox', { name: '지울 자료' }),
      '오래된 2개',
    );
    expect(offer).toHaveTextContent('2024-03.txt, 붙여넣기 2024-03-09');
    await user.selectOptions(
      within(offer).getByRole('combobox', { name: '지울 자료' }),
      '오래된 1개',
    );

    archive.fillDisk(false);
    await user.click(within(offer).getByRole('button', { name: '오래된 자료 지우기' }));
    const dialog = screen.getByRole('dialog', { name: '자료 지우기' });
    expect(dialog).toHaveTextContent('2024-03.txt');
    await user.click(within(dialog).getByRole('button', { name: '지우기' }));

    await announced(/^지웠습니다: 2024-03.txt\./);
    expect(screen.queryByRole('region', { name: '공간 만들기' })).not.toBeInTheDocument();
    expect((await archive.client.list()).sources.map((source) => source.name)).toEqual([
      '붙여넣기 2024-03-09',
    ]);
  });

  it('offers to make room when the paste dialog sends the reader here', async () => {
    const archive = testArchive();
    await archive.client.addPaste(DAY);
    openSources(archive, { usr: { freeSpace: true }, key: 'full', idx: 0 });
    expect(await screen.findByRole('region', { name: '공간 만들기' })).toBeInTheDocument();
  });

  it('exports the archive with the library as one dated file, and imports it elsewhere, merging', async () => {
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:archive');
    vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
    const downloads: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push(this);
    });
    localStorage.setItem(
      libraryStorageKey('default'),
      JSON.stringify({
        version: 1,
        bookmarks: {
          p1: {
            id: 'p1',
            title: 'Scaling Reward Models',
            date: '2024-03-08',
            savedAt: '2024-03-08T00:00:00.000Z',
          },
        },
        read: {},
        notes: {},
      }),
    );
    const home = testArchive();
    await home.client.addFile(new File([MARCH], '2024-03.txt'), '2024-03.txt');
    const view = openSources(home);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: '보관함 내보내기' }));
    const day = new Date();
    const name = `digest-archive-${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}.json`;
    await announced(`보관함을 ${name} 파일로 내보냈습니다: 자료 1개, 책갈피·읽음 표시·메모 1개.`);
    expect(downloads.map((link) => link.download)).toEqual([name]);
    const exported = created.mock.calls[0]?.[0] as Blob;
    view.unmount();

    // Another device: its own paste, no library.
    localStorage.clear();
    const other = testArchive();
    await other.client.addPaste(DAY);
    openSources(other);
    await user.upload(
      await screen.findByLabelText('가져올 보관함 파일'),
      new File([exported], name, { type: 'application/json' }),
    );
    await announced(/^보관함을 가져왔습니다\. 자료 1개를 더했습니다\. 새 논문 3편/);
    expect(status()).toHaveTextContent('책갈피·읽음 표시·메모 새 항목 1개, 갱신 0개.');
    expect(await waitFor(() => sourceRow('2024-03.txt'))).toBeInTheDocument();
    expect(sourceRow('붙여넣기 2024-03-09')).toBeInTheDocument();
    await waitFor(() =>
      expect(localStorage.getItem(libraryStorageKey('default'))).toContain('Scaling Reward Models'),
    );

    await user.upload(
      screen.getByLabelText('가져올 보관함 파일'),
      new File(['{"not":"an archive"}'], 'notes.json', { type: 'application/json' }),
    );
    await announced(/^가져오지 못했습니다\./);
  });
});
