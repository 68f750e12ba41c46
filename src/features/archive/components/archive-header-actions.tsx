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
        붙여넣기
      </button>
      <Link to="/sources" className={ACTION}>
        내 자료
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
