import { useId, useRef, useState, type FormEvent } from 'react';
import { formatKoreanDate, nearestDateWithPapers, orderedRange } from '../../../catalog';
import type { ListKind } from '../../navigation/paths';

const TOGGLE =
  'rounded-md px-2.5 py-1 text-sm text-zinc-700 hover:bg-zinc-100 aria-pressed:bg-indigo-50 aria-pressed:text-indigo-900 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:aria-pressed:bg-indigo-500/15 dark:aria-pressed:text-indigo-200';
const FIELD =
  'h-8 rounded-md border border-zinc-400 bg-white px-2 text-sm text-zinc-900 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100';
/** A whole date; Chrome reads a first digit typed into the year as the year 0002. */
const WHOLE_DATE = /^[1-9]\d{3}-\d{2}-\d{2}$/;

export interface ListFilters {
  unreadOnly: boolean;
  order: 'newest' | 'oldest';
  sort: 'saved' | 'date';
  from: string | null;
  to: string | null;
}

export interface ListToolbarProps extends ListFilters {
  list: ListKind;
  /** Dates that have papers in the current list, newest first. */
  dates: readonly string[];
  /** Writes changed filters to the URL (null removes one). */
  onChange: (changes: Partial<Record<keyof ListFilters, string | null>>) => void;
}

/**
 * Filters and order of the list, kept in the URL so that a reload keeps them: unread only, newest
 * or oldest first, one day (with the previous and next day that have papers, or any date to jump
 * to) or a date range.
 */
export function ListToolbar({
  list,
  unreadOnly,
  order,
  sort,
  from,
  to,
  dates,
  onChange,
}: ListToolbarProps) {
  const fromId = useId();
  const toId = useId();
  const dateToolsId = useId();
  // In a narrow list (a phone, or the list column beside the sidebar and the paper) the date
  // fields would take two more rows above the papers: they fold away until asked for, and start open
  // when the address already holds a range.
  const [dateToolsOpen, setDateToolsOpen] = useState(from !== null || to !== null);
  const previousDayButton = useRef<HTMLButtonElement>(null);
  const [instead, setInstead] = useState<{ asked: string; day: string } | null>(null);
  const oneDay = from !== null && from === to ? from : null;
  // Dates run newest first, so the previous day is the next one in the array.
  const at = oneDay ? dates.indexOf(oneDay) : -1;
  const previousDay = oneDay ? (at >= 0 ? dates[at + 1] : dates.find((d) => d < oneDay)) : dates[0];
  const nextDay = oneDay
    ? at >= 0
      ? dates[at - 1]
      : [...dates].reverse().find((d) => d > oneDay)
    : undefined;
  const showDay = (day: string | undefined) => day && onChange({ from: day, to: day });
  let note = '';
  if (orderedRange({ from, to }).swapped) note = '시작일과 종료일을 바꿔 적용했습니다';
  // The jump's note stays true only while that day is shown and the asked one still has no papers.
  else if (instead && instead.day === oneDay && !dates.includes(instead.asked)) {
    note = `${formatKoreanDate(instead.asked)}에는 논문이 없어 ${formatKoreanDate(instead.day)}을 보여 줍니다`;
  }

  return (
    <div className="@container space-y-2 border-b border-zinc-200 px-3 py-2 dark:border-zinc-800">
      <div className="flex flex-wrap items-center gap-1">
        <button
          type="button"
          aria-pressed={unreadOnly}
          onClick={() => onChange({ unreadOnly: unreadOnly ? null : '1' })}
          className={TOGGLE}
        >
          안 읽은 것만
        </button>
        {list === 'bookmarks' ? (
          <Choice
            label="책갈피 정렬"
            options={[
              ['저장한 순', sort === 'saved', () => onChange({ sort: null })],
              ['논문 날짜순', sort === 'date', () => onChange({ sort: 'date' })],
            ]}
          />
        ) : (
          <Choice
            label="날짜 순서"
            options={[
              ['최신순', order === 'newest', () => onChange({ order: null })],
              ['오래된순', order === 'oldest', () => onChange({ order: 'oldest' })],
            ]}
          />
        )}
      </div>
      <div role="group" aria-label="날짜" className="flex flex-wrap items-center gap-1 text-sm">
        <button
          ref={previousDayButton}
          type="button"
          disabled={!previousDay}
          onClick={() => showDay(previousDay)}
          className={`${TOGGLE} disabled:opacity-40`}
        >
          <span aria-hidden="true">◀</span> 이전 날
        </button>
        <button
          type="button"
          disabled={!nextDay}
          onClick={() => showDay(nextDay)}
          className={`${TOGGLE} disabled:opacity-40`}
        >
          다음 날 <span aria-hidden="true">▶</span>
        </button>
        {(from || to) && (
          <button
            type="button"
            onClick={() => {
              onChange({ from: null, to: null });
              // This button goes away with the range; keep the keyboard in the date controls.
              previousDayButton.current?.focus();
            }}
            className={TOGGLE}
          >
            모든 날짜
          </button>
        )}
        <button
          type="button"
          aria-expanded={dateToolsOpen}
          aria-controls={dateToolsId}
          onClick={() => setDateToolsOpen((open) => !open)}
          className={`${TOGGLE} ml-auto @md:hidden`}
        >
          날짜 고르기 <span aria-hidden="true">{dateToolsOpen ? '▴' : '▾'}</span>
        </button>
        <div
          id={dateToolsId}
          className={`${dateToolsOpen ? 'flex' : 'hidden'} basis-full flex-wrap items-center gap-1 @md:flex @md:basis-auto`}
        >
          <JumpToDate
            dates={dates}
            onJump={(asked, day) => {
              setInstead(day === asked ? null : { asked, day });
              showDay(day);
            }}
          />
          <label htmlFor={fromId} className="sr-only">
            시작 날짜
          </label>
          <DateBound id={fromId} value={from} onChange={(value) => onChange({ from: value })} />
          <span aria-hidden="true">~</span>
          <label htmlFor={toId} className="sr-only">
            끝 날짜
          </label>
          <DateBound id={toId} value={to} onChange={(value) => onChange({ to: value })} />
        </div>
        {/* Outside the fold and always present, so that screen readers announce the note when
            it appears; shown below the date controls. */}
        <p
          role="status"
          className="order-last basis-full text-xs text-zinc-600 empty:sr-only dark:text-zinc-400"
        >
          {note}
        </p>
      </div>
    </div>
  );
}

/**
 * One bound of the range, which the URL holds. While focused the field keeps what is typed: a
 * date input reads as empty, or as the year 0002, until every part is typed, and only a whole
 * date (or a cleared field) is passed on, so the URL never writes a half-typed date back into it.
 */
function DateBound({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string | null;
  onChange: (value: string | null) => void;
}) {
  const [typed, setTyped] = useState<string | null>(null);
  return (
    <input
      id={id}
      type="date"
      value={typed ?? value ?? ''}
      onFocus={(event) => setTyped(event.target.value)}
      onBlur={() => setTyped(null)}
      onChange={(event) => {
        const { value: next, validity } = event.target;
        setTyped(next);
        if (next === '' ? !validity.badInput : WHOLE_DATE.test(next)) onChange(next || null);
      }}
      className={FIELD}
    />
  );
}

/**
 * Asks for one day: `onJump` gets the date asked for and the nearest day with papers to show. It
 * moves only when asked (Enter or the button): a date input changes value with every digit typed,
 * and each would jump.
 */
function JumpToDate({
  dates,
  onJump,
}: {
  /** Dates with papers, newest first. */
  dates: readonly string[];
  onJump: (asked: string, day: string) => void;
}) {
  const id = useId();
  const [value, setValue] = useState('');

  function jump(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const day = nearestDateWithPapers(dates, value);
    if (day) onJump(value, day);
  }

  return (
    // Not validated: a date outside min–max is not refused but goes to the nearest day.
    <form noValidate onSubmit={jump} className="flex items-center gap-1">
      <label htmlFor={id} className="px-2.5 text-zinc-700 dark:text-zinc-300">
        날짜로 이동
      </label>
      <input
        id={id}
        type="date"
        value={value}
        min={dates.at(-1)}
        max={dates[0]}
        disabled={dates.length === 0}
        onChange={(event) => setValue(event.target.value)}
        className={`${FIELD} disabled:opacity-40`}
      />
      <button
        type="submit"
        disabled={dates.length === 0}
        className={`${TOGGLE} disabled:opacity-40`}
      >
        이동
      </button>
    </form>
  );
}

function Choice({
  label,
  options,
}: {
  label: string;
  options: ReadonlyArray<readonly [text: string, pressed: boolean, choose: () => void]>;
}) {
  return (
    <div role="group" aria-label={label} className="ml-auto flex gap-1">
      {options.map(([text, pressed, choose]) => (
        <button key={text} type="button" aria-pressed={pressed} onClick={choose} className={TOGGLE}>
          {text}
        </button>
      ))}
    </div>
  );
}
