/**
 * One colour a tag, told apart from the others and at least 3:1 against the page in both themes
 * (the contrast a chart's lines need). Whole class names, so that Tailwind finds them.
 */
export const SERIES_COLORS = [
  {
    stroke: 'stroke-indigo-600 dark:stroke-indigo-400',
    fill: 'fill-indigo-600 dark:fill-indigo-400',
    swatch: 'bg-indigo-600 dark:bg-indigo-400',
  },
  {
    stroke: 'stroke-amber-600 dark:stroke-amber-400',
    fill: 'fill-amber-600 dark:fill-amber-400',
    swatch: 'bg-amber-600 dark:bg-amber-400',
  },
  {
    stroke: 'stroke-emerald-600 dark:stroke-emerald-400',
    fill: 'fill-emerald-600 dark:fill-emerald-400',
    swatch: 'bg-emerald-600 dark:bg-emerald-400',
  },
  {
    stroke: 'stroke-rose-600 dark:stroke-rose-400',
    fill: 'fill-rose-600 dark:fill-rose-400',
    swatch: 'bg-rose-600 dark:bg-rose-400',
  },
  {
    stroke: 'stroke-sky-600 dark:stroke-sky-400',
    fill: 'fill-sky-600 dark:fill-sky-400',
    swatch: 'bg-sky-600 dark:bg-sky-400',
  },
  {
    stroke: 'stroke-fuchsia-600 dark:stroke-fuchsia-400',
    fill: 'fill-fuchsia-600 dark:fill-fuchsia-400',
    swatch: 'bg-fuchsia-600 dark:bg-fuchsia-400',
  },
  {
    stroke: 'stroke-lime-700 dark:stroke-lime-400',
    fill: 'fill-lime-700 dark:fill-lime-400',
    swatch: 'bg-lime-700 dark:bg-lime-400',
  },
  {
    stroke: 'stroke-violet-600 dark:stroke-violet-400',
    fill: 'fill-violet-600 dark:fill-violet-400',
    swatch: 'bg-violet-600 dark:bg-violet-400',
  },
  {
    stroke: 'stroke-teal-600 dark:stroke-teal-300',
    fill: 'fill-teal-600 dark:fill-teal-300',
    swatch: 'bg-teal-600 dark:bg-teal-300',
  },
  {
    stroke: 'stroke-orange-700 dark:stroke-orange-400',
    fill: 'fill-orange-700 dark:fill-orange-400',
    swatch: 'bg-orange-700 dark:bg-orange-400',
  },
] as const;

/** A chart of more tags than colours could not be read; the reader removes one to add another. */
export const MAX_CHART_TAGS = SERIES_COLORS.length;

export function seriesColor(index: number): (typeof SERIES_COLORS)[number] {
  return SERIES_COLORS[index % SERIES_COLORS.length] as (typeof SERIES_COLORS)[number];
}
