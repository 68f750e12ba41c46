import { useId, useState, type DragEvent, type ReactNode } from 'react';
import { FilePickerButton } from '../../../components/ui/file-picker-button';
import type { DigestWarning } from '../../../digest';
import { formatCount } from '../../../text';
import { useOpenDigest } from '../open-digest';
import { warningsSummary } from '../warning-text';
import { DigestWarningList } from './digest-warnings';

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer.types.includes('Files');
}

/** The whole page accepts a dropped digest file; an overlay says so while one is dragged over. */
export function DigestDropZone({ children }: { children: ReactNode }) {
  const { openFile } = useOpenDigest();
  const [dragging, setDragging] = useState(false);
  return (
    <div
      className="relative"
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setDragging(false);
      }}
      onDrop={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setDragging(false);
        const file = event.dataTransfer.files[0];
        if (file) openFile(file);
      }}
    >
      {children}
      {dragging && (
        <div
          aria-hidden="true"
          className="pointer-events-none fixed inset-0 z-50 flex items-center justify-center bg-indigo-950/60 text-lg font-semibold text-white"
        >
          여기에 놓으면 이 브라우저에서 다이제스트를 엽니다 (업로드하지 않습니다)
        </div>
      )}
    </div>
  );
}

/** A button that picks a digest file from disk. */
export function OpenDigestButton() {
  const { openFile } = useOpenDigest();
  return (
    <FilePickerButton
      accept=".txt,text/plain"
      inputLabel="다이제스트 파일 열기"
      className="inline-flex h-9 items-center rounded-md px-2.5 text-sm text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
      onFile={openFile}
    >
      파일 열기
    </FilePickerButton>
  );
}

/** Says why a file the reader chose was not opened; whatever was open stays. */
export function RefusedFileAlert() {
  const { refused, dismissRefusal } = useOpenDigest();
  if (!refused) return null;
  return (
    <div
      role="alert"
      className="flex items-start gap-3 border-b border-red-300 bg-red-50 px-4 py-2.5 text-sm text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <p className="min-w-0 flex-1">
        <span className="font-semibold break-all">{refused.name}</span> 파일을 열지 않았습니다.{' '}
        {refused.reason}
      </p>
      <button
        type="button"
        onClick={dismissRefusal}
        className="shrink-0 rounded-md px-2 py-0.5 hover:bg-red-100 dark:hover:bg-red-900"
      >
        닫기
      </button>
    </div>
  );
}

/**
 * Says which digest is open when it is not the shipped one, with a way back, and sums up the odd
 * lines the parser found in it; they open below. The summary shares the banner's line, so that it
 * arriving with the end of a load moves nothing under the reader.
 */
export function OpenDigestBanner({
  label,
  onClose,
  warnings,
}: {
  label: string;
  onClose: () => void;
  warnings: readonly DigestWarning[];
}) {
  const [showWarnings, setShowWarnings] = useState(false);
  const panel = useId();
  return (
    <div className="border-b border-indigo-200 bg-indigo-50 text-sm text-indigo-950 dark:border-indigo-800 dark:bg-indigo-950 dark:text-indigo-100">
      <div className="flex items-center gap-3 px-4 py-2">
        <p className="min-w-0 flex-1 truncate">
          열린 다이제스트: <span className="font-semibold">{label}</span> · 이 브라우저에서만
          읽습니다
          {warnings.length > 0 && <> · {warningsSummary(warnings)}</>}
        </p>
        {warnings.length > 0 && (
          <button
            type="button"
            aria-expanded={showWarnings}
            aria-controls={panel}
            onClick={() => setShowWarnings(!showWarnings)}
            className="shrink-0 rounded-md px-2 py-0.5 hover:bg-indigo-100 dark:hover:bg-indigo-900"
          >
            경고 {formatCount(warnings.length)}건
          </button>
        )}
        <button
          type="button"
          onClick={onClose}
          className="shrink-0 rounded-md px-2 py-0.5 hover:bg-indigo-100 dark:hover:bg-indigo-900"
        >
          기본 다이제스트로
        </button>
      </div>
      {showWarnings && <DigestWarningList id={panel} warnings={warnings} />}
    </div>
  );
}
