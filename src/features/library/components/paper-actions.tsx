import { useEffect, useState, useSyncExternalStore } from 'react';
import { usePlainTitle } from '../../../components/ui/markdown-title';
import type { DigestEntry } from '../../../digest';
import { useLibrary } from '../use-library';
import { BookmarkToggle } from './bookmark-toggle';

const BUTTON =
  'inline-flex h-9 items-center gap-1.5 rounded-md border border-zinc-300 px-3 text-sm text-zinc-800 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-800';

/** Bookmark, read state, copy link and share for the paper in the detail pane. */
export function PaperActions({ entry }: { entry: DigestEntry }) {
  const { store, bookmarked, read } = useLibrary();
  const isRead = read.has(entry.id);
  // A button's name and a shared message can't hold typeset math: S$^2$R reads S²R there.
  const title = usePlainTitle(entry.title);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <BookmarkToggle
        paperId={entry.id}
        bookmarked={bookmarked.has(entry.id)}
        onToggle={() => store.toggleBookmark(entry)}
        title={title}
        className="border border-zinc-300 dark:border-zinc-700"
      />
      <button
        type="button"
        aria-pressed={isRead}
        onClick={() => (isRead ? store.markUnread(entry.id) : store.markRead(entry.id))}
        title="읽음 표시 (u)"
        className={BUTTON}
      >
        <span aria-hidden="true">{isRead ? '✓' : '○'}</span>
        읽음
      </button>
      <ShareButtons title={title} />
    </div>
  );
}

function ShareButtons({ title }: { title: string }) {
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(''), 2500);
    return () => clearTimeout(timer);
  }, [message]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setMessage('링크를 복사했습니다');
    } catch {
      setMessage('링크를 복사하지 못했습니다. 주소창의 주소를 복사해 주세요.');
    }
  };
  const canShare = useSyncExternalStore(neverChanges, browserCanShare, () => false);

  return (
    <>
      <button type="button" onClick={() => void copy()} className={BUTTON}>
        링크 복사
      </button>
      {canShare && (
        <button
          type="button"
          onClick={() =>
            void navigator.share({ title, url: window.location.href }).catch(() => undefined)
          }
          className={BUTTON}
        >
          공유
        </button>
      )}
      <span role="status" className="text-sm text-zinc-600 dark:text-zinc-400">
        {message}
      </span>
    </>
  );
}

const neverChanges = () => () => undefined;

/** Asked after hydration, since a page rendered ahead of time cannot know the reader's browser. */
function browserCanShare(): boolean {
  return typeof navigator.share === 'function';
}
