import { Link } from 'react-router';
import { formatCount } from '../../../text';
import { formatPeriod, type Period, type Trends } from '../../../trends';

export interface TrendTableProps {
  trends: Trends;
  pathFor: (tag: string, period: Period) => string;
  caption: string;
}

/**
 * The chart's counts as a table, its text alternative: a period a row, a tag a column, each
 * count a link to its list, and the sum of each tag below.
 */
export function TrendTable({ trends, pathFor, caption }: TrendTableProps) {
  const { periods, series, granularity } = trends;
  return (
    // A table wider than a phone scrolls on its own, and takes focus so that keys can scroll it.
    <div
      role="region"
      aria-label={caption}
      tabIndex={0}
      className="overflow-x-auto rounded-md focus-visible:outline-2 focus-visible:outline-indigo-500 dark:focus-visible:outline-indigo-400"
    >
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-zinc-300 dark:border-zinc-700">
            <th scope="col" className="px-2 py-1.5 text-left font-semibold whitespace-nowrap">
              기간
            </th>
            {series.map((trend) => (
              <th
                key={trend.key}
                scope="col"
                className="px-2 py-1.5 text-right font-semibold whitespace-nowrap"
              >
                {trend.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {periods.map((period, index) => (
            <tr key={period.from} className="border-b border-zinc-100 dark:border-zinc-800/60">
              <th scope="row" className="px-2 py-1 text-left font-normal whitespace-nowrap">
                {formatPeriod(period, granularity)}
              </th>
              {series.map((trend) => {
                const count = trend.counts[index] ?? 0;
                return (
                  <td key={trend.key} className="px-2 py-1 text-right tabular-nums">
                    {count > 0 ? (
                      <Link
                        to={pathFor(trend.key, period)}
                        className="text-indigo-700 underline underline-offset-2 dark:text-indigo-300"
                      >
                        {formatCount(count)}
                      </Link>
                    ) : (
                      <span className="text-zinc-600 dark:text-zinc-400">0</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t border-zinc-300 font-semibold dark:border-zinc-700">
            <th scope="row" className="px-2 py-1.5 text-left">
              합계
            </th>
            {series.map((trend) => (
              <td key={trend.key} className="px-2 py-1.5 text-right tabular-nums">
                {formatCount(trend.total)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
