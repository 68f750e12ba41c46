import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { digestQueryOptions } from './features/digest/api/digest-query';
import { addressSelection } from './features/digest/open-digest';
import { applyTheme, initialThemeIsDark } from './features/theme/use-theme';
import './styles/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root">');

// The boot script in <head> (see themeBootScript) has set the theme's class before the first
// paint. This gives the browser's toolbar, whose theme-color the script leaves alone, the
// reader's chosen theme before React renders instead of after it.
applyTheme(initialThemeIsDark());

// The digest starts downloading, and a large one parsing in its worker, while React renders the
// first frame, rather than once the reader page has mounted and asked for it. In a task of its
// own: the one that runs this script is the longest of the page's start already.
const queryClient = createQueryClient();
const { sources } = addressSelection(new URLSearchParams(location.search).get('src'));
setTimeout(() => void queryClient.prefetchQuery(digestQueryOptions(sources)), 0);

// As a transition, the first render yields to the browser every few milliseconds instead of
// holding the main thread for the whole tree.
startTransition(() => {
  createRoot(container).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );
});
