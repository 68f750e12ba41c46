import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Catalog } from '../../../catalog';
import { formatPeriod, tagTrends, type Period, type Trends } from '../../../trends';
import { periodListPath, trendsPath } from '../trend-paths';
import { useTrendTags } from '../use-trend-tags';
import { TagPicker } from './tag-picker';
import { TrendChart } from './trend-chart';
import { TrendTable } from './trend-table';

const BY = { month: '월별', week: '주별' } as const;

/**
 * Papers per tag per month (per week for a short archive) for the most used tags or the reader's
 * choice, as a chart and as a table, for a whole digest.
 */
export function TrendsView({ catalog }: { catalog: Catalog }) {
  const [search] = useSearchParams();
  const src = search.get('src');
  const { keys, chosen, setKeys } = useTrendTags(catalog.tags);
  const trends = useMemo(() => {
    const labels = new Map(catalog.tags.map((tag) => [tag.key, tag.label]));
    return tagTrends(
      catalog.entries,
      keys.map((key) => ({ key, label: labels.get(key) ?? key })),
    );
  }, [catalog, keys]);
  const pathFor = useCallback(
    (tag: string, period: Period) => periodListPath(tag, period, src),
    [src],
  );

  const { periods, series, granularity } = trends;
  const first = periods[0];
  const last = periods.at(-1);
  if (!first || !last) {
    return (
      <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400">
        날짜가 있는 논문이 없어 추이를 그릴 수 없습니다.
      </p>
    );
  }
  const span = `${formatPeriod(first, granularity)}부터 ${formatPeriod(last, granularity)}까지`;
  const title = `태그별 ${BY[granularity]} 논문 수, ${span}`;
  const undated = series.reduce((sum, trend) => sum + trend.undated, 0);

  return (
    <div className="mt-2 flex flex-col gap-5">
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        {span}, {BY[granularity]} 논문 수입니다. 점을 누르면 그 기간의 논문 목록이 열립니다.
        {granularity === 'week' && ' 석 달이 안 되는 다이제스트는 주(월–일) 단위로 셉니다.'}
      </p>
      <TagPicker
        series={series}
        tags={catalog.tags}
        onChange={setKeys}
        resetPath={chosen ? trendsPath({ src }) : null}
      />
      {series.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">차트에 넣을 태그를 고르세요.</p>
      ) : (
        <ChartAndTable trends={trends} pathFor={pathFor} title={title} />
      )}
      {undated > 0 && (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          날짜가 없는 논문은 어느 기간에도 넣지 않았습니다.
        </p>
      )}
    </div>
  );
}

function ChartAndTable({
  trends,
  pathFor,
  title,
}: {
  trends: Trends;
  pathFor: (tag: string, period: Period) => string;
  title: string;
}) {
  return (
    <>
      <figure className="flex flex-col gap-2">
        <figcaption className="sr-only">{title}</figcaption>
        <TrendChart
          trends={trends}
          pathFor={pathFor}
          label={`${title}. 화살표 키로 기간과 태그를 옮기고 Enter로 목록을 엽니다.`}
        />
      </figure>
      <details className="rounded-md border border-zinc-200 p-3 dark:border-zinc-800">
        <summary className="cursor-pointer text-sm font-semibold">표로 보기</summary>
        <div className="mt-3">
          <TrendTable trends={trends} pathFor={pathFor} caption={title} />
        </div>
      </details>
    </>
  );
}
