import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { OpenDigestProvider } from '../features/digest/open-digest';

export function Providers({ children }: { children: ReactNode }) {
  // One client per mounted app, so tests that render the app twice never share a cache.
  const [queryClient] = useState(
    () =>
      new QueryClient({
        // One quick retry covers a flaky connection; after that the reader gets the retry button.
        defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
      }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <OpenDigestProvider>{children}</OpenDigestProvider>
    </QueryClientProvider>
  );
}
