import { useEffect, useSyncExternalStore } from 'react';

/**
 * KaTeX, its stylesheet and the Markdown math plugins are large and only a few digest entries hold
 * a formula, so they are fetched on first need rather than bundled with the app.
 */
export interface MathKit {
  katex: (typeof import('katex'))['default'];
  remarkMath: (typeof import('remark-math'))['default'];
  rehypeKatex: (typeof import('rehype-katex'))['default'];
}

let loaded: MathKit | undefined;
let pending: Promise<MathKit> | undefined;
const listeners = new Set<() => void>();

/** Loads the math renderer once; a failed load is forgotten, so a later call tries again. */
export function loadMathKit(): Promise<MathKit> {
  pending ??= Promise.all([
    import('katex'),
    import('remark-math'),
    import('rehype-katex'),
    import('katex/dist/katex.min.css'),
  ]).then(
    ([katex, remarkMath, rehypeKatex]) => {
      loaded = {
        katex: katex.default,
        remarkMath: remarkMath.default,
        rehypeKatex: rehypeKatex.default,
      };
      for (const listener of listeners) listener();
      return loaded;
    },
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The math renderer if it has loaded, else undefined; when `wanted`, also starts loading it. Callers
 * show TeX source while this is undefined, which is also what stays if the download fails.
 */
export function useMathKit(wanted: boolean): MathKit | undefined {
  const kit = useSyncExternalStore(subscribe, () => loaded);
  useEffect(() => {
    // A failed download leaves the source showing; the next component that wants math retries.
    if (wanted) loadMathKit().catch(() => undefined);
  }, [wanted]);
  return wanted ? kit : undefined;
}
