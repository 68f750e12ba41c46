import { useRef, useState } from 'react';
import type { DigestEntry } from '../../../digest';
import { exportJson, importJson } from '../../../library';
import { useLibrary } from '../use-library';

const BUTTON =
  'rounded-md border border-zinc-300 px-2.5 py-1 text-sm text-zinc-800 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-800';

/** BibTeX and Markdown read titles as TeX, which needs the typesetter: fetched on first use. */
const loadCitations = () => import('../../../library/citations');

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // After the click has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Export the library (JSON, BibTeX, Markdown) and import a JSON export, merging it. */
export function LibraryTools({ entries }: { entries: readonly DigestEntry[] }) {
  const { store, data } = useLibrary();
  const input = useRef<HTMLInputElement>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const day = new Date().toISOString().slice(0, 10);

  const importFile = async (file: File) => {
    const parsed = importJson(await file.text());
    if (!parsed.ok) {
      setResult({ ok: false, text: `가져오지 못했습니다: ${parsed.error}` });
      return;
    }
    const summary = store.importData(parsed.data);
    const added = summary.bookmarks.added + summary.read.added + summary.notes.added;
    const updated = summary.bookmarks.updated + summary.read.updated + summary.notes.updated;
    setResult({ ok: true, text: `가져왔습니다: 새 항목 ${added}개, 갱신 ${updated}개` });
  };

  return (
    <div className="flex flex-wrap items-center gap-2 border-b border-zinc-200 px-4 py-2.5 dark:border-zinc-800">
      <span className="text-sm text-zinc-600 dark:text-zinc-400">내보내기</span>
      {(
        [
          [
            'JSON',
            `library-${day}.json`,
            () => Promise.resolve(exportJson(data)),
            'application/json',
          ],
          [
            'BibTeX',
            `bookmarks-${day}.bib`,
            async () => (await loadCitations()).exportBibtex(entries, data),
            'application/x-bibtex',
          ],
          [
            'Markdown',
            `bookmarks-${day}.md`,
            async () => (await loadCitations()).exportMarkdown(entries, data),
            'text/markdown',
          ],
        ] as const
      ).map(([label, name, text, type]) => (
        <button
          key={label}
          type="button"
          className={BUTTON}
          onClick={() => void text().then((file) => download(name, file, type))}
        >
          {label}
        </button>
      ))}
      <button type="button" className={BUTTON} onClick={() => input.current?.click()}>
        JSON 가져오기
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        aria-label="가져올 JSON 파일"
        className="sr-only"
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
      <p
        role="status"
        className={`w-full text-sm ${result?.ok === false ? 'text-red-700 dark:text-red-300' : 'text-zinc-700 dark:text-zinc-300'}`}
      >
        {result?.text}
      </p>
    </div>
  );
}
