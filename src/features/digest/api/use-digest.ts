import { useQuery } from '@tanstack/react-query';
import type { DigestSource } from './digest-sources';
import { digestQueryOptions } from './digest-query';

/** The parsed digest of these files: entries, the parser's warnings, and whether all are read. */
export function useDigest(sources: readonly DigestSource[]) {
  return useQuery(digestQueryOptions(sources));
}
