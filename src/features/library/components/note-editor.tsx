import { lazy, Suspense, useId, useState } from 'react';
import { useLibrary } from '../use-library';

// The preview is rare; the Markdown renderer stays out of the first download.
const Markdown = lazy(() =>
  import('../../../components/ui/markdown').then((module) => ({ default: module.Markdown })),
);

/**
 * The reader's private note on a paper. Every keystroke goes to the library store, which batches
 * its writes to storage and flushes when the page is hidden; the field itself never waits.
 */
export function NoteEditor({ id }: { id: string }) {
  const { store, data } = useLibrary();
  const [text, setText] = useState(() => data.notes[id]?.text ?? '');
  const [preview, setPreview] = useState(false);
  const fieldId = useId();
  const headingId = useId();

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
          onChange={(event) => {
            setText(event.target.value);
            store.setNote(id, event.target.value);
          }}
          rows={5}
          placeholder="이 논문에 대한 생각을 적어 두세요. Markdown을 쓸 수 있습니다."
          className="w-full resize-y rounded-md border border-zinc-400 bg-white p-3 text-[15px] leading-7 text-zinc-900 placeholder:text-zinc-500 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-400"
        />
      )}
      <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
        메모는 이 브라우저에만 저장되며 입력하는 대로 저장됩니다.
      </p>
    </section>
  );
}
