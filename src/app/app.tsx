import { useState } from 'react';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { HomePage } from './home-page';
import { Providers } from './providers';

export function App() {
  // Created on mount rather than at import time, so importing the module has no side effects.
  const [router] = useState(() => createBrowserRouter([{ path: '/', element: <HomePage /> }]));
  return (
    <Providers>
      <RouterProvider router={router} />
    </Providers>
  );
}
