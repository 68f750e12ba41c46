import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { OpenDigestProvider } from '../features/digest/open-digest';
import { createQueryClient } from './query-client';

export function Providers({
  children,
  queryClient,
}: {
  children: ReactNode;
  /** The page's client, which may already be loading the digest; else one of its own. */
  queryClient?: QueryClient;
}) {
  // One client per mounted app, so tests that render the app twice never share a cache.
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <OpenDigestProvider>{children}</OpenDigestProvider>
    </QueryClientProvider>
  );
}
