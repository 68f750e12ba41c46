import type { TagCount } from '../../catalog';
import type { ReaderState } from './use-reader-state';

/** The list's name, from what narrows it: a tag, the bookmarks, a search. */
export function listHeading(state: ReaderState, tags: readonly TagCount[]): string {
  const label = (key: string) => `#${tags.find((tag) => tag.key === key)?.label ?? key}`;
  const parts: string[] = [];
  if (state.list === 'bookmarks') parts.push('책갈피');
  if (state.tags.length > 0) {
    parts.push(state.tags.map(label).join(state.tagMode === 'or' ? ' 또는 ' : ' + '));
  }
  if (state.excluded.length > 0) parts.push(`${state.excluded.map(label).join(', ')} 제외`);
  if (state.query.trim()) parts.push('검색 결과');
  return parts.length > 0 ? parts.join(' · ') : '전체 논문';
}
