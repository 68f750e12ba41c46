/**
 * Views over parsed entries that the reading UI needs: tag counts (case-insensitive), days
 * (newest first, Korean date headings, the nearest date with papers), the paper's links, and the
 * nearest titles for an unknown id; and the catalog, which keeps the views of a whole digest and
 * grows with it. Plain TypeScript, no React or DOM.
 *
 * An author's papers and co-authors (`authors.ts`) and which papers' commentary cites which by
 * arXiv link (`citations.ts`) are imported by their own paths, not from here: only later pages
 * use them, and the build counts every module this index names as run by the first page.
 */
export { buildCatalog, type Catalog } from './catalog.ts';
export {
  countTags,
  entriesWithTag,
  sortTags,
  tagKey,
  type TagCount,
  type TagOrder,
} from './tags.ts';
export { formatKoreanDate, groupByDay, type Day } from './days.ts';
export {
  formatDateRange,
  formatKoreanDay,
  orderedRange,
  type DateBounds,
  type DateRange,
} from './date-range.ts';
export { arxivId, paperLinks, type PaperLinks } from './paper-links.ts';
export { nearestEntries } from './nearest.ts';
export {
  datesWithPapers,
  filterEntries,
  nearestDateWithPapers,
  type EntryFilter,
} from './filter.ts';
