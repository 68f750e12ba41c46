import type { QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AuthorFrame } from '../features/authors/components/author-frame';
import type { LoadedDigest } from '../features/digest/api/digest-query';
import { PrerenderedDigestProvider } from '../features/digest/prerendered-digest';
import { PageNotFound } from '../features/not-found/components/page-not-found';
import { TrendsRoute } from '../features/trends/trends-route';
import { Providers } from './providers';
import { ReaderRoute } from './reader-route';
import { useMarkAppReady } from './use-app-ready';

// An author's papers load with their page; the frame around them (header, states) does not.
const AuthorPage = lazy(() => import('../features/authors/components/author-page'));
// The reader's archive page loads when it is opened, in one chunk with what the header's archive
// actions open.
const SourcesRoute = lazy(() =>
  import('../features/archive/archive-ui').then((module) => ({ default: module.SourcesRoute })),
);

export interface AppProps {
  queryClient?: QueryClient;
  /** The papers a page rendered ahead of time was rendered with, when it hydrates that page. */
  prerendered?: LoadedDigest | null;
}

export function App({ queryClient, prerendered = null }: AppProps) {
  useMarkAppReady();
  return (
    <AppShell queryClient={queryClient} prerendered={prerendered}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </AppShell>
  );
}

/** Everything around the router, shared by the browser and the build's page renderer. */
export function AppShell({
  queryClient,
  prerendered = null,
  children,
}: AppProps & { children: ReactNode }) {
  return (
    <Providers queryClient={queryClient}>
      <PrerenderedDigestProvider digest={prerendered}>{children}</PrerenderedDigestProvider>
    </Providers>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<ReaderRoute />} />
      <Route path="/tags/:tag" element={<ReaderRoute />} />
      <Route path="/papers/:id" element={<ReaderRoute />} />
      <Route path="/authors/:name" element={<AuthorFrame page={AuthorPage} />} />
      <Route path="/bookmarks" element={<ReaderRoute />} />
      <Route path="/trends" element={<TrendsRoute />} />
      <Route
        path="/sources"
        element={
          <Suspense>
            <SourcesRoute />
          </Suspense>
        }
      />
      <Route path="*" element={<PageNotFound />} />
    </Routes>
  );
}
