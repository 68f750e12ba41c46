import { createContext, useContext, type ReactNode } from 'react';
import { useHydrated } from '../../components/ui/use-hydrated';
import { buildCatalog } from '../../catalog';
import type { LoadedDigest } from './api/digest-query';
import type { PrerenderSeed } from './prerender-seed';

/** The digest as the page was rendered from it: its first papers, still loading. */
export function seedDigest(seed: PrerenderSeed): LoadedDigest {
  return { catalog: buildCatalog(seed.entries), warnings: [], complete: false };
}

const PrerenderedDigestContext = createContext<LoadedDigest | null>(null);

export function PrerenderedDigestProvider({
  digest,
  children,
}: {
  digest: LoadedDigest | null;
  children: ReactNode;
}) {
  return <PrerenderedDigestContext value={digest}>{children}</PrerenderedDigestContext>;
}

/** The papers this page was rendered with ahead of time, if it was. */
export function usePrerenderedDigest(): LoadedDigest | null {
  return useContext(PrerenderedDigestContext);
}

/**
 * The digest to render: `loaded`, or on a page rendered ahead of time the papers it was rendered
 * with until `loaded` has some. While the page is being taken over it is always those papers,
 * however far the digest has loaded by then, since the page's HTML shows them.
 */
export function useDigestOrPrerendered(
  loaded: LoadedDigest | null | undefined,
  /** False for another digest than the shipped one, which no page was rendered from. */
  shipped: boolean,
): LoadedDigest | null | undefined {
  const prerendered = usePrerenderedDigest();
  const hydrating = !useHydrated();
  if (!shipped || !prerendered) return loaded;
  return hydrating ? prerendered : (loaded ?? prerendered);
}
