import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useLocation } from 'react-router';
import type { ArchiveListing, ArchiveSource } from '../../../archive/types';
import { formatCount } from '../../../text';
import { DIGEST_SOURCES } from '../../digest/api/digest-sources';
import { announce, listenForAnnouncements } from '../archive-announcer';
import { formatBytes } from '../archive-format';
import type { ArchiveOutcome } from '../archive-text';
import { useArchiveActions, useArchiveListing, useArchiveTransfer } from '../use-archive';
import { AddFileButton, SubscribeForm } from './add-sources';
import { MUTED, SECONDARY_BUTTON } from './archive-styles';
import { ConfirmRemoval } from './confirm-removal';
import { FreeSpaceOffer } from './free-space-offer';
import { PasteDialog } from './paste-dialog';
import { SourceList } from './source-list';
import { StorageUsageLine, TransferButtons } from './storage-section';

/** Another page (the paste dialog) sends the reader here to make room: `state: { freeSpace }`. */
function asksToFreeSpace(state: unknown): boolean {
  return (
    typeof state === 'object' && state !== null && 'freeSpace' in state && state.freeSpace === true
  );
}

function Section({
  title,
  headingRef,
  children,
}: {
  title: string;
  /** Where focus goes when what had it is gone (a removed source's button). */
  headingRef?: RefObject<HTMLHeadingElement | null>;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="mt-8">
      <h3
        ref={headingRef}
        id={id}
        tabIndex={headingRef ? -1 : undefined}
        className="text-base font-semibold focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-indigo-600 dark:focus-visible:outline-indigo-400"
      >
        {title}
      </h3>
      <div className="mt-2">{children}</div>
    </section>
  );
}

function Notices({ listing }: { listing: ArchiveListing }) {
  if (listing.storage !== 'memory' && listing.problems.length === 0) return null;
  return (
    <div className="mt-4 flex flex-col gap-2 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
      {listing.storage === 'memory' && (
        <p>
          이 브라우저는 보관함을 저장할 수 없어 이번 방문 동안만 기억합니다. 시크릿(사생활 보호)
          창이라면 일반 창에서 열어 주세요. 떠나기 전에 ‘보관함 내보내기’로 사본을 남길 수 있습니다.
        </p>
      )}
      {listing.problems.length > 0 && (
        <>
          <p>읽지 못한 기록이 있어 건드리지 않고 두었습니다.</p>
          <ul className="list-disc pl-5">
            {listing.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function totals(sources: readonly ArchiveSource[]): string {
  const papers = sources.reduce((sum, source) => sum + source.paperCount, 0);
  const bytes = sources.reduce((sum, source) => sum + source.size, 0);
  return `${formatCount(sources.length)}개 · 논문 ${formatCount(papers)}편 · ${formatBytes(bytes)}`;
}

interface PendingRemoval {
  sources: ArchiveSource[];
  remove: () => Promise<ArchiveOutcome>;
}

/**
 * The "내 자료" page's content: the reader's sources, ways to add more, the app's own digests,
 * storage use, and moving the archive to another device. Every result is said in the page's live
 * region; a full disk brings an offer to remove the oldest sources.
 */
export function SourcesPanel() {
  const listing = useArchiveListing();
  const actions = useArchiveActions();
  const transfer = useArchiveTransfer();
  const location = useLocation();
  const [freeSpace, setFreeSpace] = useState(() => asksToFreeSpace(location.state));
  // The paste dialog may send the reader here while they are already here.
  const [seenLocation, setSeenLocation] = useState(location.key);
  if (seenLocation !== location.key) {
    setSeenLocation(location.key);
    if (asksToFreeSpace(location.state)) setFreeSpace(true);
  }
  const [busy, setBusy] = useState(false);
  const [pendingRemoval, setPendingRemoval] = useState<PendingRemoval | null>(null);
  const [pasteOpen, setPasteOpen] = useState(false);
  const listHeading = useRef<HTMLHeadingElement>(null);
  useEffect(listenForAnnouncements, []);

  const run = async (action: () => Promise<ArchiveOutcome>): Promise<ArchiveOutcome> => {
    setBusy(true);
    const outcome = await action();
    setBusy(false);
    announce(outcome);
    if (outcome.quota) setFreeSpace(true);
    return outcome;
  };

  const confirmRemoval = async () => {
    if (!pendingRemoval) return;
    const { remove } = pendingRemoval;
    setPendingRemoval(null);
    const outcome = await run(remove);
    if (outcome.ok) setFreeSpace(false);
    // The button that opened the question left with its source.
    listHeading.current?.focus();
  };

  const sources = listing.data?.sources ?? [];
  let content: ReactNode;
  if (listing.isError) {
    content = (
      <div className="text-sm">
        <p>
          보관함을 열지 못했습니다. 이 브라우저가 보관함을 지원하지 않거나 잠시 문제가 생겼습니다.
        </p>
        <button
          type="button"
          onClick={() => void listing.refetch()}
          className={`mt-2 ${SECONDARY_BUTTON}`}
        >
          다시 시도
        </button>
      </div>
    );
  } else if (!listing.data) {
    content = <p className={`text-sm ${MUTED}`}>보관함을 여는 중…</p>;
  } else {
    content = (
      <SourceList
        sources={sources}
        busy={busy}
        onRemove={(source) =>
          setPendingRemoval({ sources: [source], remove: () => actions.remove(source.id) })
        }
        onRefresh={(url) => void run(() => actions.subscribe(url))}
      />
    );
  }

  return (
    <>
      <p className={`mt-1 text-sm ${MUTED}`}>
        이 브라우저에 보관한 다이제스트입니다. 앱에 포함된 다이제스트와 합쳐 목록에 보이고, 인터넷이
        없어도 읽을 수 있습니다.
      </p>
      {listing.data && <Notices listing={listing.data} />}
      {freeSpace && listing.data && (
        <FreeSpaceOffer
          sources={sources}
          onRemove={(oldest) =>
            setPendingRemoval({
              sources: oldest,
              remove: () => actions.removeOldest(oldest.length),
            })
          }
        />
      )}

      <Section title="보관한 자료" headingRef={listHeading}>
        {sources.length > 0 && <p className={`mb-1 text-sm ${MUTED}`}>{totals(sources)}</p>}
        {content}
      </Section>

      <Section title="자료 더하기">
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            aria-haspopup="dialog"
            onClick={() => setPasteOpen(true)}
            className={SECONDARY_BUTTON}
          >
            텍스트 붙여넣기
          </button>
          <AddFileButton onFile={(file) => void run(() => actions.addFile(file))} />
        </div>
        <p className={`mt-1.5 text-sm ${MUTED}`}>
          하루치 다이제스트 텍스트를 붙여넣거나 텍스트 파일을 고르면 이 브라우저에 보관합니다.
          어디에도 올리지 않습니다.
        </p>
        <div className="mt-5">
          <SubscribeForm
            busy={busy}
            onSubscribe={async (url) => (await run(() => actions.subscribe(url))).ok}
          />
        </div>
        <PasteDialog open={pasteOpen} onClose={() => setPasteOpen(false)} />
      </Section>

      <Section title="앱에 포함된 다이제스트">
        <p className={`text-sm ${MUTED}`}>
          앱과 함께 배포되는 다이제스트로, 여기서 지울 수 없습니다.
        </p>
        <ul aria-label="앱에 포함된 다이제스트" className="mt-2 list-disc pl-5 text-sm">
          {DIGEST_SOURCES.map((source) => (
            <li key={source.name}>{source.name}</li>
          ))}
        </ul>
      </Section>

      <Section title="저장 공간과 다른 기기로 옮기기">
        <StorageUsageLine />
        <p className={`mt-3 text-sm ${MUTED}`}>
          내보낸 파일 하나에 보관한 자료와 책갈피, 읽음 표시, 메모가 모두 담깁니다. 다른 기기에서
          가져오면 그곳의 보관함과 합쳐지고, 이미 있는 것은 덮어쓰지 않습니다.
        </p>
        <div className="mt-2">
          <TransferButtons
            onExport={() => void run(transfer.exportArchive)}
            onImport={(file) => void run(() => transfer.importArchive(file))}
          />
        </div>
      </Section>

      <ConfirmRemoval
        sources={pendingRemoval?.sources ?? []}
        onConfirm={() => void confirmRemoval()}
        onCancel={() => setPendingRemoval(null)}
      />
    </>
  );
}
