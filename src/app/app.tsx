import type { QueryClient } from '@tanstack/react-query';
import { BrowserRouter, Route, Routes } from 'react-router';
import { PageNotFound } from '../features/not-found/components/page-not-found';
import { Providers } from './providers';
import { ReaderRoute } from './reader-route';

export function App({ queryClient }: { queryClient?: QueryClient }) {
  return (
    <Providers queryClient={queryClient}>
      <BrowserRouter>
        <Routes>
          <Route path="/" element={<ReaderRoute />} />
          <Route path="/tags/:tag" element={<ReaderRoute />} />
          <Route path="/papers/:id" element={<ReaderRoute />} />
          <Route path="/bookmarks" element={<ReaderRoute />} />
          <Route path="*" element={<PageNotFound />} />
        </Routes>
      </BrowserRouter>
    </Providers>
  );
}
