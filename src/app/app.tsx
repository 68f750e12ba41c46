import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { PageNotFound } from '../features/not-found/components/page-not-found';
import { Providers } from './providers';
import { ReaderRoute } from './reader-route';

export const ROUTES = [
  { path: '/', element: <ReaderRoute /> },
  { path: '/tags/:tag', element: <ReaderRoute /> },
  { path: '/papers/:id', element: <ReaderRoute /> },
  { path: '/bookmarks', element: <ReaderRoute /> },
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
