import { lazy, Suspense, useId, useRef, useState, useSyncExternalStore } from 'react';
import { useLibrary } from '../use-library';

// The preview is rare; the Markdown renderer stays out of the first download.
const Markdown = lazy(() =>
  import('../../../components/ui/markdown').then((module) => ({ default: module.Markdown })),
);

/** What the field holds while the reader edits it, and the stored text that it started from. */
interface Draft {
  text: string;
  base: string;
}

/**
 * The reader's private note on a paper. Every keystroke goes to the library store, which batches
 * its writes to storage and flushes when the page is hidden; the field itself never waits.
 *
 * While the reader is not editing, the field shows the stored note, so a note written in another
 * tab appears here. While they edit (the field has focus, or a Korean syllable is being composed)
 * the field is never rewritten: it keeps a draft, and the store merges it with whatever another
 * tab stored meanwhile, keeping both texts and saying so.
 */
export function NoteEditor({ id }: { id: string }) {
  const { store, data } = useLibrary();
  const conflict = useSyncExternalStore(
    store.subscribe,
    store.getNoteConflicts,
    store.getNoteConflicts,
  )[id];
  const stored = data.notes[id]?.text ?? '';
  const [draft, setDraft] = useState<Draft | null>(null);
  const composing = useRef(false);
  const [preview, setPreview] = useState(false);
  const fieldId = useId();
  const headingId = useId();
  const text = draft ? draft.text : stored;

  const save = (value: string, from: Draft | null) => {
    const base = from ? from.base : stored;
    const saved = store.editNote(id, base, value);
    // After a merge the draft still starts from the old text: the store then keeps the other
    // tab's version after each further keystroke.
    setDraft({ text: value, base: saved === value ? saved : base });
  };

  return (
    <section
      aria-labelledby={headingId}
      className="mt-10 border-t border-zinc-200 pt-6 dark:border-zinc-800"
    >
      <div className="mb-2 flex items-center justify-between gap-2">
        <h3 id={headingId} className="text-base font-semibold">
          <label htmlFor={fieldId}>내 메모</label>
        </h3>
        <button
          type="button"
          aria-pressed={preview}
          onClick={() => setPreview(!preview)}
          disabled={!text.trim()}
          className="rounded-md px-2.5 py-1 text-sm text-indigo-700 hover:bg-indigo-50 disabled:text-zinc-400 disabled:hover:bg-transparent dark:text-indigo-300 dark:hover:bg-indigo-500/10 dark:disabled:text-zinc-600"
        >
          미리보기
        </button>
      </div>
      {preview && text.trim() ? (
        <Suspense fallback={<p className="whitespace-pre-wrap">{text}</p>}>
          <Markdown
            text={text}
            lang="ko"
            className="rounded-md border border-zinc-200 p-3 text-[15px] leading-7 dark:border-zinc-800 [&_a]:text-indigo-700 [&_a]:underline dark:[&_a]:text-indigo-300 [&_p]:mb-3"
          />
        </Suspense>
      ) : (
        <textarea
          id={fieldId}
          value={text}
          onFocus={() => setDraft((current) => current ?? { text: stored, base: stored })}
          onBlur={() => {
            if (!composing.current) setDraft(null);
          }}
          onCompositionStart={() => {
            composing.current = true;
          }}
          onCompositionEnd={(event) => {
            composing.current = false;
            const field = event.currentTarget;
            save(field.value, draft);
            if (document.activeElement !== field) setDraft(null);
          }}
          onChange={(event) => {
            const value = event.target.value;
            if (composing.current) setDraft({ text: value, base: draft ? draft.base : stored });
            else save(value, draft);
          }}
          rows={5}
          placeholder="이 논문에 대한 생각을 적어 두세요. Markdown을 쓸 수 있습니다."
          className="w-full resize-y rounded-md border border-zinc-400 bg-white p-3 text-[15px] leading-7 text-zinc-900 placeholder:text-zinc-500 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-400"
        />
      )}
      <div role="status">
        {conflict && (
          <div className="mt-2 flex items-start justify-between gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
            <p>
              다른 탭에서 이 메모가 바뀌었습니다. 두 내용을 모두 남겼습니다
              {draft
                ? ': 입력을 마치면 다른 탭의 메모가 아래에 붙습니다.'
                : ': 구분선 아래가 다른 탭의 메모입니다.'}
            </p>
            <button
              type="button"
              onClick={() => store.dismissNoteConflict(id)}
              className="shrink-0 rounded-md px-2 py-1 font-medium hover:bg-amber-100 dark:hover:bg-amber-900"
            >
              확인
            </button>
          </div>
        )}
      </div>
      <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
        메모는 이 브라우저에만 저장되며 입력하는 대로 저장됩니다.
      </p>
    </section>
  );
}
