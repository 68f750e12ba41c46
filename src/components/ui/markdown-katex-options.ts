import type { KatexOptions } from 'katex';

/**
 * Digest text is third-party content: KaTeX must not create links, classes or styles from it
 * (`trust: false`), nor let a formula loop (`maxExpand`) or blow up to page size (`maxSize`, in em).
 * `strict: 'ignore'` because LaTeX-compatibility warnings (Hangul in math mode, say) help no reader.
 * Kept apart from the components so that the TeX measurement script checks formulas the same way.
 */
export const KATEX_OPTIONS = {
  trust: false,
  strict: 'ignore',
  maxExpand: 1000,
  maxSize: 10,
} as const satisfies KatexOptions;
