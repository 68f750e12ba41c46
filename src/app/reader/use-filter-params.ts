import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { ListFilters } from '../../features/papers/components/list-toolbar';

/** URL parameter of each list filter. */
const PARAM_NAMES: Record<keyof ListFilters, string> = {
  unreadOnly: 'unread',
  order: 'order',
  sort: 'sort',
  from: 'from',
  to: 'to',
};

export type FilterChanges = Record<string, string | null>;
export type ToolbarChanges = Partial<Record<keyof ListFilters, string | null>>;

/**
 * Writers of the list's filters into the URL, replacing the current entry: a filter is part of
 * the address a reader shares, but stepping through filters is not history to go back through.
 * An empty or null value removes its parameter.
 */
export function useFilterParams(): {
  setFilters: (changes: FilterChanges) => void;
  setToolbarFilters: (changes: ToolbarChanges) => void;
} {
  const [, setSearchParams] = useSearchParams();
  const setFilters = useCallback(
    (changes: FilterChanges) =>
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value === null || value === '') next.delete(key);
            else next.set(key, value);
          }
          return next;
        },
        { replace: true },
      ),
    [setSearchParams],
  );
  const setToolbarFilters = useCallback(
    (changes: ToolbarChanges) =>
      setFilters(
        Object.fromEntries(
          Object.entries(changes).map(([key, value]) => [
            PARAM_NAMES[key as keyof ListFilters],
            value,
          ]),
        ),
      ),
    [setFilters],
  );
  return { setFilters, setToolbarFilters };
}
