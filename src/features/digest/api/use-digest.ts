import { useQuery } from '@tanstack/react-query';
import type { DigestSelection } from '../open-digest';
import { digestQueryOptions } from './digest-query';

/** The parsed digest of a selection: entries, the parser's warnings, and whether all are read. */
export function useDigest({ sources, archive }: DigestSelection) {
  return useQuery(digestQueryOptions(sources, archive));
}
