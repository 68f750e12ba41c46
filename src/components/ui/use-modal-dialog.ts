import { useEffect, useRef } from 'react';

/**
 * Opens and closes a native <dialog> as a modal to follow `open`. jsdom lacks showModal, so there
 * the dialog simply stays closed.
 */
export function useModalDialog(open: boolean) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element || typeof element.showModal !== 'function') return;
    if (open && !element.open) element.showModal();
    else if (!open && element.open) element.close();
  }, [open]);
  return dialog;
}

/** Closes a dialog on a click on its backdrop, which lands on the <dialog> element itself. */
export function closeOnBackdrop(onClose: () => void) {
  return (event: { target: EventTarget; currentTarget: EventTarget }) => {
    if (event.target === event.currentTarget) onClose();
  };
}
