import { formatDateRange, type TagCount } from '../../catalog';
import type { ReaderState } from './use-reader-state';

/**
 * The list's name, from everything that narrows it, so that an empty or short list says why:
 * e.g. `#llm · 2024년 3월 1일–3월 8일 · 안 읽은 논문 · 검색 결과`. A range given backwards is
 * named in the order it is applied.
 */
export function listHeading(state: ReaderState, tags: readonly TagCount[]): string {
  const label = (key: string) => `#${tags.find((tag) => tag.key === key)?.label ?? key}`;
  const parts: string[] = [];
  if (state.list === 'bookmarks') parts.push('책갈피');
  if (state.tags.length > 0) {
    parts.push(state.tags.map(label).join(state.tagMode === 'or' ? ' 또는 ' : ' + '));
  }
  if (state.excluded.length > 0) parts.push(`${state.excluded.map(label).join(', ')} 제외`);
  const range = formatDateRange(state);
  if (range) parts.push(range);
  if (state.unreadOnly) parts.push('안 읽은 논문');
  if (state.query.trim()) parts.push('검색 결과');
  return parts.length > 0 ? parts.join(' · ') : '전체 논문';
}
