import { useRef, type ReactNode } from 'react';

/**
 * A button that picks one file from disk. The button is the control; the file input it clicks is
 * out of the tab order but keeps its own name, by which assistive tools and tests reach it. The
 * input is emptied after each pick, so that picking the same file again is a new pick.
 */
export function FilePickerButton({
  children,
  accept,
  inputLabel,
  className,
  onFile,
}: {
  children: ReactNode;
  accept: string;
  inputLabel: string;
  className: string;
  onFile: (file: File) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()} className={className}>
        {children}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        aria-label={inputLabel}
        tabIndex={-1}
        className="sr-only"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
