import type { Period } from '../../trends';
import { tagPath } from '../navigation/paths';

/** `/trends`, with the reader's choice of tags (`?tags=llm,rl`) when there is one. */
export function trendsPath({
  tags = null,
  src = null,
}: { tags?: readonly string[] | null; src?: string | null } = {}): string {
  const search = new URLSearchParams();
  if (src) search.set('src', src);
  if (tags) search.set('tags', tags.join(','));
  const text = search.toString();
  return `/trends${text ? `?${text}` : ''}`;
}

/**
 * The list of a tag's papers in one period: `/tags/llm?from=2024-03-01&to=2024-03-31`, in the
 * digest opened by address (`src`) when there is one.
 */
export function periodListPath(tag: string, period: Period, src: string | null): string {
  const search = new URLSearchParams();
  if (src) search.set('src', src);
  search.set('from', period.from);
  search.set('to', period.to);
  return `${tagPath(tag)}?${search.toString()}`;
}
