import { useEffect } from 'react';
import { dismissAnnouncement, useAnnouncer } from '../archive-announcer';
import { PasteDialog } from './paste-dialog';

const TONES = {
  ok: 'border-zinc-300 bg-white text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100',
  failed:
    'border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100',
};

/**
 * The page's one polite live region for the archive's results: empty and hidden until something
 * is said, then a card at the foot of the screen until the reader closes it or the page changes.
 * Above the update prompt while that is up (`UPDATE_WAITING_ATTRIBUTE`).
 */
function ArchiveAnnouncements() {
  const { current } = useAnnouncer();
  // A result belongs to the page it was made on: the next page's header starts quiet.
  useEffect(() => dismissAnnouncement, []);
  return (
    <div
      className={
        current
          ? `fixed inset-x-3 bottom-[max(0.75rem,env(safe-area-inset-bottom))] z-40 in-data-update-waiting:bottom-[calc(max(0.75rem,env(safe-area-inset-bottom))+4.5rem)] mx-auto flex max-w-xl items-start gap-3 rounded-lg border px-4 py-3 text-sm shadow-lg ${TONES[current.ok ? 'ok' : 'failed']}`
          : 'sr-only'
      }
    >
      <p role="status" className="min-w-0 flex-1 wrap-anywhere">
        {current && <span key={current.id}>{current.text}</span>}
      </p>
      {current && (
        <button
          type="button"
          onClick={dismissAnnouncement}
          className="-my-1 shrink-0 rounded-md px-2 py-1 hover:bg-zinc-950/5 dark:hover:bg-white/10"
        >
          닫기
        </button>
      )}
    </div>
  );
}

/** What the header's archive actions load on first use: the paste dialog and the live region. */
export function ArchiveHeaderLayer({
  pasteOpen,
  pasteOpened,
  onClosePaste,
}: {
  pasteOpen: boolean;
  /** Mounted from the first opening on, so that closing runs the dialog's own closing. */
  pasteOpened: boolean;
  onClosePaste: () => void;
}) {
  return (
    <>
      {pasteOpened && <PasteDialog open={pasteOpen} onClose={onClosePaste} />}
      <ArchiveAnnouncements />
    </>
  );
}
