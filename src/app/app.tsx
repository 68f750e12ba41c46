import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { PageNotFound } from '../features/not-found/components/page-not-found';
import { Providers } from './providers';
import { ReaderPage } from './reader-page';

export const ROUTES = [
  { path: '/', element: <ReaderPage /> },
  { path: '/tags/:tag', element: <ReaderPage /> },
  { path: '/papers/:id', element: <ReaderPage /> },
  { path: '/bookmarks', element: <ReaderPage /> },
  { path: '*', element: <PageNotFound /> },
];

export function App() {
  // Created on mount rather than at import time, so importing the module has no side effects.
  const [router] = useState(() => createBrowserRouter(ROUTES));
  return (
    <Providers>
      <RouterProvider router={router} />
    </Providers>
  );
}
