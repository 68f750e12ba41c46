import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { TagCount } from '../../../catalog';
import { formatCount } from '../../../text';
import type { TagTrend } from '../../../trends';
import { MAX_CHART_TAGS, seriesColor } from './series-colors';

export interface TagPickerProps {
  /** The chart's tags, in its order (and colours). */
  series: readonly TagTrend[];
  /** Every tag of the digest, most used first: those to add. */
  tags: readonly TagCount[];
  onChange: (keys: readonly string[]) => void;
  /** Back to the most used tags; null while they are shown. */
  resetPath: string | null;
}

const BUTTON =
  'rounded-md px-3 py-1.5 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 dark:focus-visible:outline-indigo-400';

/** The chart's legend, where the reader also takes tags out of the chart and adds others. */
export function TagPicker({ series, tags, onChange, resetPath }: TagPickerProps) {
  const selectId = useId();
  const keys = series.map((trend) => trend.key);
  const addable = tags.filter((tag) => !keys.includes(tag.key));
  const [choice, setChoice] = useState('');
  const full = keys.length >= MAX_CHART_TAGS;
  const toAdd = addable.some((tag) => tag.key === choice) ? choice : (addable[0]?.key ?? '');

  function add(event: FormEvent) {
    event.preventDefault();
    if (!toAdd || full) return;
    onChange([...keys, toAdd]);
    setChoice('');
  }

  return (
    <div className="flex flex-col gap-3">
      <ul aria-label="차트의 태그" className="flex flex-wrap gap-2">
        {series.map((trend, index) => (
          <li
            key={trend.key}
            className="flex items-center gap-1.5 rounded-full border border-zinc-300 py-0.5 pr-0.5 pl-2.5 text-sm dark:border-zinc-700"
          >
            <span
              aria-hidden="true"
              className={`size-2.5 shrink-0 rounded-full ${seriesColor(index).swatch}`}
            />
            <span>{trend.label}</span>
            <span className="text-zinc-600 tabular-nums dark:text-zinc-400">
              {formatCount(trend.total)}
              <span className="sr-only">편</span>
            </span>
            <button
              type="button"
              aria-label={`${trend.label} 빼기`}
              onClick={() => onChange(keys.filter((key) => key !== trend.key))}
              className="inline-flex size-7 items-center justify-center rounded-full text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100 dark:focus-visible:outline-indigo-400"
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add} className="flex flex-wrap items-center gap-2">
        <label htmlFor={selectId} className="text-sm text-zinc-700 dark:text-zinc-300">
          태그 추가
        </label>
        <select
          id={selectId}
          value={toAdd}
          onChange={(event) => setChoice(event.target.value)}
          disabled={full || addable.length === 0}
          className="max-w-[60vw] rounded-md border border-zinc-500 bg-white px-2 py-1.5 text-sm text-zinc-900 disabled:opacity-60 dark:bg-zinc-900 dark:text-zinc-100"
        >
          {addable.map((tag) => (
            <option key={tag.key} value={tag.key}>
              {tag.label} ({formatCount(tag.count)})
            </option>
          ))}
        </select>
        <button
          type="submit"
          disabled={full || addable.length === 0}
          className={`${BUTTON} bg-indigo-700 text-white hover:bg-indigo-800 disabled:opacity-60 dark:bg-indigo-400 dark:text-zinc-950 dark:hover:bg-indigo-300`}
        >
          추가
        </button>
        {resetPath && (
          <Link
            to={resetPath}
            replace
            className="text-sm text-indigo-700 underline underline-offset-2 dark:text-indigo-300"
          >
            많이 쓰인 태그로
          </Link>
        )}
      </form>
      {full && (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          태그는 {MAX_CHART_TAGS}개까지 함께 볼 수 있습니다. 하나를 빼고 추가하세요.
        </p>
      )}
    </div>
  );
}
