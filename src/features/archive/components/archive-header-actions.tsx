import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import { useAnnouncer } from '../archive-announcer';

// The paste dialog and the live region, with the archive's code behind them, load with the first
// click or the sources page, never with the first page.
const loadLayer = () =>
  import('../archive-ui').then((module) => ({ default: module.ArchiveHeaderLayer }));
const ArchiveHeaderLayer = lazy(loadLayer);

const ACTION =
  'inline-flex h-9 shrink-0 items-center rounded-md px-2 text-sm text-zinc-700 hover:bg-zinc-100 sm:px-2.5 dark:text-zinc-300 dark:hover:bg-zinc-800';

/** On a phone the two actions are icons, named for screen readers, so the app's name still fits. */
function Labelled({ icon, label }: { icon: string; label: string }) {
  return (
    <>
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.8}
        strokeLinecap="round"
        strokeLinejoin="round"
        className="size-5 sm:hidden"
      >
        <path d={icon} />
      </svg>
      <span className="sr-only sm:not-sr-only">{label}</span>
    </>
  );
}

const CLIPBOARD =
  'M9 5H7a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V7a2 2 0 0 0-2-2h-2M9 5a2 2 0 0 0 2 2h2a2 2 0 0 0 2-2M9 5a2 2 0 0 1 2-2h2a2 2 0 0 1 2 2M9 12h6M9 16h4';
const ARCHIVE_BOX = 'M3 4h18v4H3zM5 8v11a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V8M10 12h4';

/**
 * The header's ways into the reader's archive: "붙여넣기" (a day's digest from the clipboard or
 * typed in) and "내 자료" (the sources page).
 */
export function ArchiveHeaderActions() {
  const [pasteOpen, setPasteOpen] = useState(false);
  const [pasteOpened, setPasteOpened] = useState(false);
  const { listening } = useAnnouncer();
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => {
          setPasteOpened(true);
          setPasteOpen(true);
        }}
        onPointerEnter={() => void loadLayer()}
        onFocus={() => void loadLayer()}
        className={ACTION}
      >
        <Labelled icon={CLIPBOARD} label="붙여넣기" />
      </button>
      <Link to="/sources" className={ACTION}>
        <Labelled icon={ARCHIVE_BOX} label="내 자료" />
      </Link>
      {(pasteOpened || listening) && (
        <Suspense fallback={null}>
          <ArchiveHeaderLayer
            pasteOpen={pasteOpen}
            pasteOpened={pasteOpened}
            onClosePaste={() => setPasteOpen(false)}
          />
        </Suspense>
      )}
    </>
  );
}
