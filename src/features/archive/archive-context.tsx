import { createContext, useContext, type ReactNode } from 'react';
import { loadArchiveClient, type ArchiveClientLoader } from './archive-loader';

const ArchiveClientContext = createContext<ArchiveClientLoader>(loadArchiveClient);

/** Gives a subtree another archive (tests give one in memory). */
export function ArchiveClientProvider({
  load,
  children,
}: {
  load: ArchiveClientLoader;
  children: ReactNode;
}) {
  return <ArchiveClientContext value={load}>{children}</ArchiveClientContext>;
}

/** Resolves the archive client of this subtree. */
export function useArchiveClient(): ArchiveClientLoader {
  return useContext(ArchiveClientContext);
}
