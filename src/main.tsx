import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { applyTheme, initialThemeIsDark } from './features/theme/use-theme';
import './styles/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root">');

// Before the first render, so a dark-mode reader never sees a white flash.
applyTheme(initialThemeIsDark());

// As a transition, the first render yields to the browser every few milliseconds instead of
// holding the main thread for the whole tree.
startTransition(() => {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
