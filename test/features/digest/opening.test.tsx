import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DigestWarning } from '../../../src/digest';
import { useAnnouncer } from '../../../src/features/archive/archive-announcer';
import { ArchiveClientProvider } from '../../../src/features/archive/archive-context';
import { DigestLoadFailure, httpFailure } from '../../../src/features/digest/api/load-failure';
import {
  DigestLoadError,
  EmptyDigest,
} from '../../../src/features/digest/components/digest-states';
import {
  OpenDigestBanner,
  OpenDigestButton,
  RefusedFileAlert,
} from '../../../src/features/digest/components/open-digest-controls';
import { OpenDigestProvider, useOpenDigest } from '../../../src/features/digest/open-digest';
import { testArchive, type TestArchive } from '../../support/archive-client';
import { digest, entryLines } from '../../support/digest-factory';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

function OpenedFile() {
  const { opened } = useOpenDigest();
  return <p>열린 파일: {opened?.file.name ?? '없음'}</p>;
}

/** jsdom has no blob: URLs: each test of the calling `describe` gets a stand-in. */
function stubBlobUrls() {
  beforeEach(() => {
    vi.stubGlobal(
      'URL',
      class extends URL {
        static override createObjectURL = () => 'blob:picked';
        static override revokeObjectURL = () => {};
      },
    );
  });
  afterEach(() => vi.unstubAllGlobals());
}

function Announcement() {
  const { current } = useAnnouncer();
  return <p>알림: {current?.text ?? '없음'}</p>;
}

function renderOpening(archive: TestArchive = testArchive()) {
  // Real browsers ignore the picker's accept list when a file is dropped; so does this user.
  const user = userEvent.setup({ applyAccept: false });
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ArchiveClientProvider load={archive.load}>
        <OpenDigestProvider>
          <OpenDigestButton />
          <RefusedFileAlert />
          <OpenedFile />
          <Announcement />
        </OpenDigestProvider>
      </ArchiveClientProvider>
    </QueryClientProvider>,
  );
  const pick = (file: File) => user.upload(screen.getByLabelText('다이제스트 파일 열기'), file);
  return { user, pick };
}

describe('opening a file that is not a digest', () => {
  stubBlobUrls();

  it('refuses it with the reason, and the digest that was open stays open', async () => {
    const { pick } = renderOpening();
    await pick(new File([digest('2024년 3월 8일', entryLines())], 'mine.txt'));
    await screen.findByText('열린 파일: mine.txt');

    await pick(new File([PNG], 'shot.png', { type: 'image/png' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'shot.png 파일을 열지 않았습니다. 이미지 파일(PNG)은 다이제스트가 아닙니다.',
    );
    expect(screen.getByText('열린 파일: mine.txt')).toBeInTheDocument();
  });

  it.each([
    ['login.html', '<!DOCTYPE html><html><title>Sign in</title>', 'HTML 페이지는 다이제스트가'],
    ['empty.txt', '', '빈 파일입니다'],
  ])('refuses %s, saying what it is', async (name, text, reason) => {
    const { pick } = renderOpening();
    await pick(new File([text], name));
    expect(await screen.findByRole('alert')).toHaveTextContent(reason);
    expect(screen.getByText('열린 파일: 없음')).toBeInTheDocument();
  });

  it('is dismissed, and forgotten once a digest opens', async () => {
    const { user, pick } = renderOpening();
    await pick(new File([''], 'empty.txt'));
    await user.click(
      within(await screen.findByRole('alert')).getByRole('button', { name: '닫기' }),
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await pick(new File([''], 'empty.txt'));
    await screen.findByRole('alert');
    await pick(new File([digest('2024년 3월 8일', entryLines())], 'mine.txt'));
    await screen.findByText('열린 파일: mine.txt');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('opening a digest file', () => {
  stubBlobUrls();

  it("keeps it in the reader's archive and says so; a refused file is not kept", async () => {
    const archive = testArchive();
    const { pick } = renderOpening(archive);
    await pick(new File([''], 'empty.txt'));
    await screen.findByRole('alert');
    await pick(new File([digest('2024년 3월 8일', entryLines())], 'mine.txt'));
    await screen.findByText('열린 파일: mine.txt');

    await waitFor(async () => {
      const { sources } = await archive.client.list();
      expect(sources.map(({ name, kind, paperCount }) => ({ name, kind, paperCount }))).toEqual([
        { name: 'mine.txt', kind: 'file', paperCount: 1 },
      ]);
    });
    await screen.findByText(/알림: mine.txt 파일을 보관했습니다/);
  });

  it('still opens the file when the disk is full, and says that it was not kept', async () => {
    const archive = testArchive();
    archive.fillDisk();
    const { pick } = renderOpening(archive);
    await pick(new File([digest('2024년 3월 8일', entryLines())], 'mine.txt'));
    await screen.findByText('열린 파일: mine.txt');
    await screen.findByText(/알림: 저장 공간이 가득 차서/);
    await waitFor(async () => expect((await archive.client.list()).sources).toEqual([]));
  });
});

describe('the open digest banner and its warnings', () => {
  const warnings: DigestWarning[] = [
    { line: 3, kind: 'stray-tags', message: '', quote: '#orphan' },
    { line: 9, kind: 'impossible-date', message: '', quote: '2024년 2월 30일' },
    { line: 12, kind: 'url-without-title', message: '', quote: 'https://example.com/a' },
  ];
  const banner = (list: DigestWarning[]) => (
    <OpenDigestBanner label="mine.txt" onClose={() => {}} warnings={list} />
  );

  it('sums the warnings up, and opens into each line with its number and text', async () => {
    const user = userEvent.setup();
    render(banner(warnings));
    expect(screen.getByText(/열린 다이제스트/)).toHaveTextContent(
      '2줄을 건너뛰었습니다. 없는 날짜가 1개 있어',
    );
    const toggle = screen.getByRole('button', { name: '경고 3건' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('list', { name: '걸린 줄' })).not.toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const items = within(screen.getByRole('list', { name: '걸린 줄' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      '3번째 줄: 어느 논문에도 붙지 않은 태그 줄이라 건너뛰었습니다.#orphan',
      '9번째 줄: 없는 날짜입니다. 다음 날짜 줄까지의 논문은 ‘날짜 미상’에 두었습니다.2024년 2월 30일',
      '12번째 줄: 뒤에 제목이 없는 URL 줄이라 건너뛰었습니다.https://example.com/a',
    ]);
  });

  it('says nothing of warnings for a digest without any', () => {
    render(banner([]));
    expect(screen.getByText(/열린 다이제스트/)).toHaveTextContent(
      '열린 다이제스트: mine.txt · 이 브라우저에서만 읽습니다',
    );
    expect(screen.queryByRole('button', { name: /경고/ })).not.toBeInTheDocument();
  });

  it('lists the first hundred of many and counts the rest', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 130 }, (_, index): DigestWarning => ({
      line: index + 1,
      kind: 'no-tags',
      message: '',
    }));
    render(banner(many));
    await user.click(screen.getByRole('button', { name: '경고 130건' }));
    const list = screen.getByRole('list', { name: '걸린 줄' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(100);
    expect(screen.getByText('그 밖에 30건이 더 있습니다.')).toBeVisible();
  });
});

describe('DigestLoadError', () => {
  it('gives a known failure in Korean, without the English', () => {
    render(<DigestLoadError error={httpFailure(404)} onRetry={() => {}} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('다이제스트를 찾을 수 없습니다 (HTTP 404)');
    expect(alert).not.toHaveTextContent('네트워크 연결을 확인한 뒤');
    expect(alert.querySelector('[lang="en"]')).toBeNull();
    expect(new DigestLoadFailure('x')).toBeInstanceOf(Error);
  });

  it('keeps the raw message of an unforeseen failure for whoever helps', () => {
    render(<DigestLoadError error={new Error('Worker crashed')} onRetry={() => {}} />);
    expect(screen.getByRole('alert')).toHaveTextContent('네트워크 연결을 확인한 뒤');
    expect(screen.getByText('Worker crashed')).toHaveAttribute('lang', 'en');
  });
});

describe('EmptyDigest', () => {
  it('tells a reader about their own file, not about rebuilding the app', () => {
    render(<EmptyDigest shipped={false} />);
    expect(screen.getByRole('heading', { name: '다이제스트에 논문이 없습니다' })).toBeVisible();
    expect(screen.getByText(/다이제스트 파일이 맞는지 확인하세요/)).toBeVisible();
    expect(screen.queryByText(/다시 빌드하세요/)).not.toBeInTheDocument();
  });

  it('tells whoever ships the app how to add papers to its own digest', () => {
    render(<EmptyDigest shipped />);
    expect(screen.getByText(/다시 빌드하세요/)).toBeVisible();
  });
});
