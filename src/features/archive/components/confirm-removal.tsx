import { useEffect, useRef } from 'react';
import { Modal } from '../../../components/ui/modal';
import type { ArchiveSource } from '../../../archive/types';
import { formatBytes, readableName } from '../archive-format';
import { REMOVE_WARNING } from '../archive-text';
import { DANGER_BUTTON, SECONDARY_BUTTON } from './archive-styles';

/**
 * Asks before sources are removed, naming them and saying what stays: the reader's bookmarks, read
 * marks and notes of their papers. Cancel is where focus starts, so Enter alone removes nothing.
 */
export function ConfirmRemoval({
  sources,
  onConfirm,
  onCancel,
}: {
  /** What would be removed; the dialog is closed while this is empty. */
  sources: readonly ArchiveSource[];
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const open = sources.length > 0;
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) cancel.current?.focus();
  }, [open]);
  const title = sources.length > 1 ? `자료 ${sources.length}개 지우기` : '자료 지우기';
  return (
    <Modal open={open} onClose={onCancel} title={title}>
      <p className="text-sm">
        {sources.length > 1 ? '이 자료들을 지울까요?' : '이 자료를 지울까요?'}
      </p>
      <ul className="mt-2 list-disc pl-5 text-sm font-medium">
        {sources.map((source) => (
          <li key={source.id} className="wrap-anywhere">
            {readableName(source.name)}{' '}
            <span className="font-normal">({formatBytes(source.size)})</span>
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">{REMOVE_WARNING}</p>
      <div className="mt-4 flex justify-end gap-2">
        <button ref={cancel} type="button" onClick={onCancel} className={SECONDARY_BUTTON}>
          취소
        </button>
        <button type="button" onClick={onConfirm} className={DANGER_BUTTON}>
          지우기
        </button>
      </div>
    </Modal>
  );
}
