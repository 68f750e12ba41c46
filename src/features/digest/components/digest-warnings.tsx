import type { DigestWarning } from '../../../digest';
import { formatCount } from '../../../text';
import { warningsSummary, warningText } from '../warning-text';

/** A long list of warnings is cut here: the first ones say what is wrong with the file. */
const SHOWN_WARNINGS = 100;

/**
 * What the parser found odd in the reader's digest: the summary, then each line's number, what
 * was done about it, and the line itself.
 */
export function DigestWarningList({
  id,
  warnings,
}: {
  id: string;
  warnings: readonly DigestWarning[];
}) {
  const shown = warnings.slice(0, SHOWN_WARNINGS);
  return (
    <div
      id={id}
      className="border-t border-indigo-200 bg-amber-50 px-4 py-2 text-amber-950 dark:border-indigo-800 dark:bg-amber-950 dark:text-amber-100"
    >
      <p>{warningsSummary(warnings)}</p>
      <ol aria-label="걸린 줄" className="mt-2 max-h-60 space-y-1.5 overflow-y-auto">
        {shown.map((warning, index) => (
          <li key={index}>
            <span className="font-semibold">{warning.line}번째 줄</span>: {warningText(warning)}
            {warning.quote && (
              <q className="mt-0.5 block truncate text-xs text-amber-800 dark:text-amber-300">
                {warning.quote}
              </q>
            )}
          </li>
        ))}
      </ol>
      {warnings.length > shown.length && (
        <p className="mt-1.5">
          그 밖에 {formatCount(warnings.length - shown.length)}건이 더 있습니다.
        </p>
      )}
    </div>
  );
}
