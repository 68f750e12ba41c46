import { useId, type ReactNode } from 'react';
import { closeOnBackdrop, useModalDialog } from './use-modal-dialog';

export interface ModalProps {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
}

/**
 * A centred dialog on a native modal <dialog>: the browser traps focus, closes it on Escape and
 * returns focus to the opener. A click on the backdrop closes it too.
 */
export function Modal({ open, onClose, title, children }: ModalProps) {
  const dialog = useModalDialog(open);
  const titleId = useId();

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={onClose}
      onClick={closeOnBackdrop(onClose)}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-xl bg-white p-0 text-zinc-900 shadow-2xl backdrop:bg-zinc-950/50 dark:bg-zinc-900 dark:text-zinc-100"
    >
      <div className="flex items-center justify-between border-b border-zinc-200 px-5 py-3 dark:border-zinc-800">
        <h2 id={titleId} className="text-base font-semibold">
          {title}
        </h2>
        <button
          type="button"
          onClick={onClose}
          className="rounded-md px-2.5 py-1.5 text-sm text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
        >
          닫기
        </button>
      </div>
      <div className="max-h-[70vh] overflow-y-auto px-5 py-4">{open ? children : null}</div>
    </dialog>
  );
}
