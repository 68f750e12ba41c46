import { useState } from 'react';
import { useLibrary } from '../use-library';

/** Tells the reader when saved data was repaired, or when changes will not be kept. */
export function LibraryNotices() {
  const { status } = useLibrary();
  const [dismissed, setDismissed] = useState<readonly string[]>([]);
  const notices = status.notices.filter((notice) => !dismissed.includes(notice));
  if (notices.length === 0) return null;
  return (
    <div
      role="alert"
      className="flex items-start gap-3 border-b border-amber-300 bg-amber-50 px-4 py-2.5 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <ul className="flex-1 space-y-1">
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() => setDismissed([...dismissed, ...notices])}
        className="rounded-md px-2 py-0.5 hover:bg-amber-100 dark:hover:bg-amber-900"
      >
        닫기
      </button>
    </div>
  );
}
