import { useId, useState } from 'react';
import { Markdown, type LinkTarget } from '../../../components/ui/markdown';
import { markdownParagraphs } from '../markdown-paragraphs';
import { ENGLISH_TEXT, FOCUS_RING, RICH_TEXT } from './styles';

export interface TranslationProps {
  /** The commentary's English rendering: Markdown, one paragraph a line. */
  text: string;
  /** Where its links lead into the app, as the commentary's do. */
  linkTarget?: LinkTarget;
}

/** The English rendering is for readers who want it, so it starts folded away. */
export function Translation({ text, linkTarget }: TranslationProps) {
  const panelId = useId();
  const [open, setOpen] = useState(false);
  return (
    <div className="mt-6">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        className={`inline-flex items-center gap-1.5 rounded-md border border-zinc-300 px-2.5 py-1 text-sm text-zinc-800 hover:border-indigo-400 hover:text-indigo-700 dark:border-zinc-700 dark:text-zinc-200 dark:hover:border-indigo-400 dark:hover:text-indigo-300 ${FOCUS_RING}`}
      >
        <span
          aria-hidden="true"
          className={`motion-safe:transition-transform ${open ? 'rotate-90' : ''}`}
        >
          ▸
        </span>
        {open ? '영어 번역 숨기기' : '영어 번역 보기'}
      </button>
      {/* The panel stays in the DOM so aria-controls always points somewhere; its text (and any
          KaTeX it needs) is rendered only once asked for. */}
      <div
        id={panelId}
        hidden={!open}
        className="mt-4 border-s-2 border-zinc-200 ps-4 dark:border-zinc-700"
      >
        {open && (
          <Markdown
            text={markdownParagraphs(text)}
            lang="en"
            linkTarget={linkTarget}
            className={`${ENGLISH_TEXT} ${RICH_TEXT} text-zinc-700 dark:text-zinc-300`}
          />
        )}
      </div>
    </div>
  );
}
