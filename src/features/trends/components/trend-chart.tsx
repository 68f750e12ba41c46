import { nice, ticks } from 'd3-array';
import { curveMonotoneX, line } from 'd3-shape';
import {
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type RefObject,
} from 'react';
import { useNavigate } from 'react-router';
import { formatCount } from '../../../text';
import { formatPeriod, periodTick, type Period, type Trends } from '../../../trends';
import { seriesColor } from './series-colors';

export interface TrendChartProps {
  trends: Trends;
  /** Where the list of one tag's papers in one period lives. */
  pathFor: (tag: string, period: Period) => string;
  /** Names the chart for assistive technology. */
  label: string;
}

/** A point of the chart: one tag (series) in one period. */
interface Point {
  series: number;
  period: number;
}

/**
 * How the active point was reached: a touch shows a point first and opens it at the second touch,
 * where a mouse click opens the point under it at once.
 */
type Via = 'pointer' | 'touch' | 'keyboard';

const MARGIN = { top: 12, right: 16, bottom: 44, left: 40 };
/** Axis labels closer than this would run into each other; every n-th one is kept. */
const MIN_LABEL_GAP = 44;
const PHONE_WIDTH = 480;

function samePoint(a: Point | null, b: Point | null): boolean {
  return a !== null && b !== null && a.series === b.series && a.period === b.period;
}

function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.altKey && !event.ctrlKey && !event.shiftKey;
}

/** The element's width, following it as the window or the layout changes. */
function useWidth(element: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const node = element.current;
    if (!node) return;
    // An observer reports the size it first sees, before that frame is painted.
    const observer = new ResizeObserver(() => setWidth(node.clientWidth));
    observer.observe(node);
    return () => observer.disconnect();
  }, [element]);
  return width;
}

/**
 * Papers per tag per period as lines. Every point is a link to its list: hovering or focusing one
 * shows the counts of its period, a click (or Enter) opens it. The chart is one stop in the tab
 * order; arrow keys move between periods (left, right) and tags (up, down), Home and End to the
 * first and last period, Escape hides the counts.
 */
export function TrendChart({ trends, pathFor, label }: TrendChartProps) {
  const { periods, series, granularity } = trends;
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  const navigate = useNavigate();
  // Links inside an SVG are SVG elements, whatever JSX types them as; focus is all they need here.
  const links = useRef(new Map<string, { focus: () => void }>());
  const [active, setActive] = useState<(Point & { via: Via }) | null>(null);
  const [tabStop, setTabStop] = useState<Point>({ series: 0, period: periods.length - 1 });
  // A touch that lands on the point already shown opens it; another shows that point first.
  const lastPointer = useRef<string>('mouse');
  const touchOpens = useRef(false);

  const height = width < PHONE_WIDTH ? 240 : 320;
  const plotWidth = Math.max(0, width - MARGIN.left - MARGIN.right);
  const plotHeight = height - MARGIN.top - MARGIN.bottom;
  const step = periods.length > 1 ? plotWidth / (periods.length - 1) : 0;
  const xAt = (period: number) =>
    MARGIN.left + (periods.length > 1 ? period * step : plotWidth / 2);
  const max = Math.max(1, ...series.flatMap((trend) => trend.counts));
  const [, top = max] = nice(0, max, 4);
  const yAt = (count: number) => MARGIN.top + plotHeight - (count / top) * plotHeight;
  // Whole papers only: a scale up to 2 would otherwise be ticked at 0.5.
  const yTicks = ticks(0, top, Math.min(4, top)).filter(Number.isInteger);
  const path = line<number>()
    .x((_, period) => xAt(period))
    .y(yAt)
    .curve(curveMonotoneX);
  const labelEvery = step > 0 ? Math.ceil(MIN_LABEL_GAP / step) : 1;

  const stop: Point = {
    series: Math.min(tabStop.series, series.length - 1),
    period: Math.max(0, Math.min(tabStop.period, periods.length - 1)),
  };
  const shown =
    active && active.series < series.length && active.period < periods.length ? active : null;

  const pointLabel = ({ series: index, period }: Point) => {
    const trend = series[index];
    const count = trend?.counts[period] ?? 0;
    return `${trend?.label ?? ''}, ${formatPeriod(periods[period] as Period, granularity)}: ${formatCount(count)}편`;
  };
  const pointPath = ({ series: index, period }: Point) =>
    pathFor(series[index]?.key ?? '', periods[period] as Period);
  const linkKey = ({ series: index, period }: Point) => `${index}:${period}`;

  /** The point nearest to the pointer: its period by x, then the tag whose line is closest by y. */
  function pointAt(event: PointerEvent<SVGRectElement> | MouseEvent<SVGRectElement>): Point {
    const bounds = event.currentTarget.ownerSVGElement?.getBoundingClientRect();
    const x = event.clientX - (bounds?.left ?? 0);
    const y = event.clientY - (bounds?.top ?? 0);
    const period =
      step > 0
        ? Math.min(periods.length - 1, Math.max(0, Math.round((x - MARGIN.left) / step)))
        : 0;
    let nearest = 0;
    series.forEach((trend, index) => {
      const distance = Math.abs(yAt(trend.counts[period] ?? 0) - y);
      const best = Math.abs(yAt(series[nearest]?.counts[period] ?? 0) - y);
      if (distance < best) nearest = index;
    });
    return { series: nearest, period };
  }

  function handlePointerDown(event: PointerEvent<SVGRectElement>) {
    lastPointer.current = event.pointerType;
    if (event.pointerType !== 'touch') return;
    const point = pointAt(event);
    touchOpens.current = samePoint(point, shown);
    setActive({ ...point, via: 'touch' });
  }

  function handlePointerMove(event: PointerEvent<SVGRectElement>) {
    if (event.pointerType === 'touch') return;
    setActive({ ...pointAt(event), via: 'pointer' });
  }

  function handlePointerLeave(event: PointerEvent<SVGRectElement>) {
    if (event.pointerType !== 'touch' && active?.via === 'pointer') setActive(null);
  }

  function handleClick(event: MouseEvent<SVGRectElement>) {
    if (!isPlainClick(event)) return;
    if (lastPointer.current === 'touch' && !touchOpens.current) return;
    void navigate(pointPath(pointAt(event)));
  }

  function focusPoint(point: Point) {
    setTabStop(point);
    links.current.get(linkKey(point))?.focus();
  }

  function handleKeyDown(event: KeyboardEvent<SVGSVGElement>) {
    // Keys reach the chart only from its focused point, which is the tab stop.
    const lastPeriod = periods.length - 1;
    const moves: Record<string, Point> = {
      ArrowLeft: { ...stop, period: Math.max(0, stop.period - 1) },
      ArrowRight: { ...stop, period: Math.min(lastPeriod, stop.period + 1) },
      ArrowUp: { ...stop, series: Math.max(0, stop.series - 1) },
      ArrowDown: { ...stop, series: Math.min(series.length - 1, stop.series + 1) },
      Home: { ...stop, period: 0 },
      End: { ...stop, period: lastPeriod },
    };
    if (event.key === 'Escape' && shown) {
      event.preventDefault();
      setActive(null);
      return;
    }
    const next = moves[event.key];
    if (!next) return;
    event.preventDefault();
    focusPoint(next);
  }

  const tooltipLeft = shown ? xAt(shown.period) : 0;
  const tooltipOnLeft = tooltipLeft > width / 2;

  return (
    <div ref={box} className="relative w-full select-none">
      {width > 0 && periods.length > 0 && (
        <svg
          width={width}
          height={height}
          role="group"
          aria-label={label}
          onKeyDown={handleKeyDown}
          onBlur={(event) => {
            const to = event.relatedTarget as Node | null;
            if (!event.currentTarget.contains(to) && active?.via === 'keyboard') setActive(null);
          }}
          className="block touch-pan-y overflow-visible text-[11px]"
        >
          <g aria-hidden="true">
            {yTicks.map((tick) => (
              <g key={tick}>
                <line
                  x1={MARGIN.left}
                  x2={MARGIN.left + plotWidth}
                  y1={yAt(tick)}
                  y2={yAt(tick)}
                  className="stroke-zinc-200 dark:stroke-zinc-800"
                />
                <text
                  x={MARGIN.left - 8}
                  y={yAt(tick)}
                  dy="0.32em"
                  textAnchor="end"
                  className="fill-zinc-600 tabular-nums dark:fill-zinc-400"
                >
                  {formatCount(tick)}
                </text>
              </g>
            ))}
            {periods.map((period, index) => {
              if (index % labelEvery !== 0) return null;
              const tick = periodTick(period, granularity, periods[index - labelEvery]);
              return (
                <text
                  key={period.from}
                  x={xAt(index)}
                  y={MARGIN.top + plotHeight + 18}
                  textAnchor="middle"
                  className="fill-zinc-600 dark:fill-zinc-400"
                >
                  {tick.label}
                  {tick.year && (
                    <tspan x={xAt(index)} dy="1.3em" className="font-semibold">
                      {tick.year}
                    </tspan>
                  )}
                </text>
              );
            })}
            {shown && (
              <line
                x1={xAt(shown.period)}
                x2={xAt(shown.period)}
                y1={MARGIN.top}
                y2={MARGIN.top + plotHeight}
                className="stroke-zinc-400 dark:stroke-zinc-500"
                strokeDasharray="3 3"
              />
            )}
            {series.map((trend, index) => (
              <path
                key={trend.key}
                d={path(trend.counts) ?? ''}
                fill="none"
                strokeWidth={shown?.series === index ? 3 : 2}
                strokeLinejoin="round"
                className={seriesColor(index).stroke}
              />
            ))}
          </g>
          <rect
            x={MARGIN.left - Math.max(step / 2, 12)}
            y={0}
            width={plotWidth + 2 * Math.max(step / 2, 12)}
            height={MARGIN.top + plotHeight + 8}
            fill="transparent"
            aria-hidden="true"
            className="cursor-pointer"
            onPointerDown={handlePointerDown}
            onPointerMove={handlePointerMove}
            onPointerLeave={handlePointerLeave}
            onClick={handleClick}
          />
          {series.map((trend, index) => (
            <g key={trend.key} className={seriesColor(index).fill}>
              {trend.counts.map((count, period) => {
                const point = { series: index, period };
                const isShown = samePoint(point, shown);
                const href = pointPath(point);
                return (
                  <a
                    key={period}
                    ref={(node) => {
                      if (node) links.current.set(linkKey(point), node);
                      else links.current.delete(linkKey(point));
                    }}
                    href={href}
                    aria-label={pointLabel(point)}
                    tabIndex={samePoint(point, stop) ? 0 : -1}
                    onFocus={() => {
                      setTabStop(point);
                      setActive({ ...point, via: 'keyboard' });
                    }}
                    onClick={(event) => {
                      if (!isPlainClick(event)) return;
                      event.preventDefault();
                      void navigate(href);
                    }}
                    // The rectangle behind takes the pointer, so that the nearest point answers
                    // wherever the pointer is; links are for keys and assistive technology.
                    className="pointer-events-none outline-none"
                  >
                    {isShown && active?.via === 'keyboard' && (
                      <circle
                        cx={xAt(period)}
                        cy={yAt(count)}
                        r={8}
                        fill="none"
                        strokeWidth={2}
                        className="stroke-zinc-900 dark:stroke-zinc-100"
                      />
                    )}
                    <circle
                      cx={xAt(period)}
                      cy={yAt(count)}
                      r={isShown ? 5 : 3}
                      className="stroke-white dark:stroke-zinc-950"
                      strokeWidth={isShown ? 2 : 1}
                    />
                  </a>
                );
              })}
            </g>
          ))}
        </svg>
      )}
      {shown && (
        <div
          aria-hidden="true"
          className="pointer-events-none absolute z-10 max-w-56 min-w-36 rounded-md border border-zinc-200 bg-white/95 px-3 py-2 text-xs shadow-md dark:border-zinc-700 dark:bg-zinc-900/95"
          style={{
            top: MARGIN.top,
            ...(tooltipOnLeft ? { right: width - tooltipLeft + 12 } : { left: tooltipLeft + 12 }),
          }}
        >
          <p className="mb-1 font-semibold text-zinc-900 dark:text-zinc-100">
            {formatPeriod(periods[shown.period] as Period, granularity)}
          </p>
          <ul className="space-y-0.5">
            {series.map((trend, index) => (
              <li
                key={trend.key}
                className={`flex items-center gap-2 ${
                  index === shown.series
                    ? 'font-semibold text-zinc-900 dark:text-zinc-100'
                    : 'text-zinc-700 dark:text-zinc-300'
                }`}
              >
                <span className={`size-2 shrink-0 rounded-full ${seriesColor(index).swatch}`} />
                <span className="min-w-0 flex-1 truncate">{trend.label}</span>
                <span className="tabular-nums">{formatCount(trend.counts[shown.period] ?? 0)}</span>
              </li>
            ))}
          </ul>
          <p className="mt-1.5 text-zinc-600 dark:text-zinc-400">
            {shown.via === 'keyboard'
              ? 'Enter: 논문 목록'
              : shown.via === 'touch'
                ? '한 번 더 누르면 논문 목록'
                : '클릭하면 논문 목록'}
          </p>
        </div>
      )}
    </div>
  );
}
