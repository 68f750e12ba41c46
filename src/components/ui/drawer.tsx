import { type ReactNode } from 'react';
import { closeOnBackdrop, useModalDialog } from './use-modal-dialog';

export interface DrawerProps {
  open: boolean;
  onClose: () => void;
  /** Accessible name of the dialog. */
  label: string;
  children: ReactNode;
}

/**
 * A side sheet on a native modal <dialog>: the browser traps focus, closes it on Escape and
 * returns focus to the opener. A click on the backdrop closes it too.
 */
export function Drawer({ open, onClose, label, children }: DrawerProps) {
  const dialog = useModalDialog(open);

  return (
    <dialog
      ref={dialog}
      aria-label={label}
      onClose={onClose}
      onClick={closeOnBackdrop(onClose)}
      className="m-0 h-dvh max-h-none w-80 max-w-[85vw] bg-white p-0 text-zinc-900 shadow-xl backdrop:bg-zinc-950/50 dark:bg-zinc-900 dark:text-zinc-100"
    >
      <div className="flex items-center justify-end border-b border-zinc-200 px-3 py-2 dark:border-zinc-800">
        <button
          type="button"
          onClick={onClose}
          className="rounded-md px-2.5 py-1.5 text-sm text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
        >
          닫기
        </button>
      </div>
      {/* Only while open: a closed drawer's content would be laid out and updated for nothing. */}
      {open && <div className="h-[calc(100%-3rem)] overflow-y-auto">{children}</div>}
    </dialog>
  );
}
