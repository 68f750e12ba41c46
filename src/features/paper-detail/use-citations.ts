import { useCallback, useMemo } from 'react';
import { useLocation } from 'react-router';
import type { Catalog } from '../../catalog';
import { citationIndex } from '../../catalog/citations';
import type { LinkTarget } from '../../components/ui/markdown';
import type { DigestEntry } from '../../digest';
import { paperPath } from '../navigation/paths';

export interface Citations {
  /** Opens the archive's papers that the commentary links to in the app, not on arXiv. */
  linkTarget: LinkTarget;
  /** The papers whose commentary cites this one, newest first. */
  citing: readonly DigestEntry[];
  /** Where another paper opens: as this one is read (its list, view and digest kept). */
  pathTo: (id: string) => string;
}

/**
 * The papers this paper's commentary cites and those that cite it, among the papers `catalog`
 * holds: on a page rendered ahead of time only its own papers, then more as the digest loads.
 */
export function useCitations(entry: DigestEntry, catalog: Catalog | null): Citations {
  const { search } = useLocation();
  const index = useMemo(() => (catalog ? citationIndex(catalog) : null), [catalog]);
  const pathTo = useCallback((id: string) => `${paperPath(id)}${search}`, [search]);
  const linkTarget = useCallback(
    (href: string) => {
      const paper = index?.paperAt(href);
      return paper && paper.id !== entry.id ? pathTo(paper.id) : null;
    },
    [index, entry.id, pathTo],
  );
  const citing = useMemo(() => index?.citing(entry.id) ?? [], [index, entry.id]);
  return { linkTarget, citing, pathTo };
}
