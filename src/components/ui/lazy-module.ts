import { useEffect, useSyncExternalStore } from 'react';

export interface LazyModule<T> {
  /** Loads the module once; a failed load is forgotten, so a later call tries again. */
  load: () => Promise<T>;
  /**
   * The module if it has loaded, else undefined; when `wanted`, also starts loading it. Callers
   * show a plain fallback while this is undefined, which is also what stays if the download fails.
   */
  use: (wanted: boolean) => T | undefined;
}

/**
 * A module fetched on first need rather than bundled with the app, shared by every component that
 * wants it, which all re-render once it arrives.
 */
export function lazyModule<T>(importModule: () => Promise<T>): LazyModule<T> {
  let loaded: T | undefined;
  let pending: Promise<T> | undefined;
  const listeners = new Set<() => void>();

  const load = () => {
    pending ??= importModule().then(
      (module) => {
        loaded = module;
        for (const listener of listeners) listener();
        return module;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const getLoaded = () => loaded;

  function use(wanted: boolean): T | undefined {
    // A page rendered ahead of time loads the module before rendering, on the server and in the
    // browser alike, so both render it the same way.
    const module = useSyncExternalStore(subscribe, getLoaded, getLoaded);
    useEffect(() => {
      // A failed download leaves the fallback showing; the next component that wants it retries.
      if (wanted) load().catch(() => undefined);
    }, [wanted]);
    return wanted ? module : undefined;
  }

  return { load, use };
}
