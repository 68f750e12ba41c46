import { createRoot } from 'react-dom/client';
import UpdatePrompt from './components/update-prompt';
import { OFFLINE_ATTRIBUTE } from './components/offline-badge';
import { registerServiceWorker } from './register-service-worker';

let started = false;

/**
 * What keeps the site readable offline, started once the app has taken the page over and loaded
 * apart from it (the first download has no room): the offline mark in the header, and, in a build
 * for readers, the service worker and the prompt to reload into a new deployment. The
 * development server and the tests register no worker.
 */
export function startOfflineSupport(): void {
  if (started) return;
  started = true;
  followNetwork();
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // After the page's own downloads: installing the worker fetches the whole app shell.
  if (document.readyState === 'complete') startServiceWorker();
  else window.addEventListener('load', startServiceWorker, { once: true });
}

/** Shows the header's offline mark (OfflineBadge) while the browser has no network. */
function followNetwork(): void {
  const update = () => {
    document.documentElement.toggleAttribute(OFFLINE_ATTRIBUTE, !navigator.onLine);
  };
  update();
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
}

function startServiceWorker(): void {
  let announcements: HTMLElement | null = null;
  registerServiceWorker({
    onRegistered() {
      // In the page before anything is said in it, so that what it is given is read out.
      announcements = document.body.appendChild(document.createElement('div'));
      announcements.setAttribute('role', 'status');
    },
    onUpdateWaiting(activate) {
      if (announcements) createRoot(announcements).render(<UpdatePrompt onReload={activate} />);
    },
  });
}
