import { Workbox } from 'workbox-window';
import { DIGEST_SOURCES } from '../digest/api/digest-sources';
import { SERVICE_WORKER_FILE } from './offline-contract';
import { removeOutdatedDigests, warmCaches } from './warm-caches';

/** Lets the waiting worker take over; the page reloads once it has. */
export type ActivateUpdate = () => void;

export interface ServiceWorkerEvents {
  /** The worker is registered: it controls this page, or soon will. */
  onRegistered: () => void;
  /** A new deployment's worker is installed and waits for the reader to reload. */
  onUpdateWaiting: (activate: ActivateUpdate) => void;
}

/** How often an open page asks the host for a new deployment, besides when it is shown again. */
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

let listeners: ServiceWorkerEvents | null = null;
let registered = false;
let waitingUpdate: ActivateUpdate | null = null;

/**
 * Registers the site's service worker (src/build/service-worker.ts) once per page, and tells
 * `events` what becomes of it. A later call only replaces the listeners, and hears at once what
 * has happened already.
 */
export function registerServiceWorker(events: ServiceWorkerEvents): void {
  const started = listeners !== null;
  listeners = events;
  if (registered) events.onRegistered();
  if (waitingUpdate) events.onUpdateWaiting(waitingUpdate);
  if (!started) void register();
}

async function register(): Promise<void> {
  // Read before registering: a first worker takes the page over as soon as it is installed.
  const controlledFromTheStart = navigator.serviceWorker.controller !== null;
  const shippedDigests = DIGEST_SOURCES.filter((source) => source.shipped).map(({ url }) => url);
  const workbox = new Workbox(`/${SERVICE_WORKER_FILE}`);
  // Also when the worker was already waiting as the page opened, or another tab found it.
  workbox.addEventListener('waiting', () => {
    waitingUpdate = () => {
      workbox.addEventListener('controlling', () => location.reload());
      workbox.messageSkipWaiting();
    };
    listeners?.onUpdateWaiting(waitingUpdate);
  });
  let registration: ServiceWorkerRegistration | undefined;
  try {
    registration = await workbox.register({ immediate: true });
  } catch {
    // No worker (a private window may refuse one): the site works online as it did.
  }
  if (!registration) return;
  registered = true;
  listeners?.onRegistered();
  checkForUpdates(workbox);
  // What the page loaded before the worker controlled it never reached the worker's caches.
  if (!controlledFromTheStart) void warmCaches(shippedDigests);
  await removeOutdatedDigests(shippedDigests).catch(() => undefined);
}

/** Asks the host for a new worker when the reader comes back to the page, and every hour. */
function checkForUpdates(workbox: Workbox): void {
  const check = () => {
    if (document.visibilityState !== 'visible' || !navigator.onLine) return;
    // A host that cannot be reached now is asked again next time.
    workbox.update().catch(() => undefined);
  };
  document.addEventListener('visibilitychange', check);
  setInterval(check, UPDATE_CHECK_INTERVAL_MS);
}
