import { lazyModule } from './lazy-module';

/**
 * KaTeX, its stylesheet and the Markdown math plugins are large and only a few digest entries hold
 * a formula, so they are fetched on first need rather than bundled with the app.
 */
export interface MathKit {
  katex: (typeof import('katex'))['default'];
  remarkMath: (typeof import('remark-math'))['default'];
  rehypeKatex: (typeof import('rehype-katex'))['default'];
}

const mathKit = lazyModule((): Promise<MathKit> =>
  Promise.all([
    import('katex'),
    import('remark-math'),
    import('rehype-katex'),
    import('katex/dist/katex.min.css'),
  ]).then(([katex, remarkMath, rehypeKatex]) => ({
    katex: katex.default,
    remarkMath: remarkMath.default,
    rehypeKatex: rehypeKatex.default,
  })),
);

/**
 * The math renderer if it has loaded, else undefined; when `wanted`, also starts loading it. Callers
 * show TeX source while this is undefined, which is also what stays if the download fails.
 */
export const useMathKit = mathKit.use;

/** Loads the math renderer now: a page rendered ahead of time needs it before it hydrates. */
export const loadMathKit = mathKit.load;
