import { useQuery } from '@tanstack/react-query';
import { digestQueryOptions } from './digest-query';

/** The parsed default digest: entries and the parser's warnings. */
export function useDigest() {
  return useQuery(digestQueryOptions());
}
