import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    // One quick retry covers a flaky connection; after that the reader gets the retry button.
    defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
  });
}
