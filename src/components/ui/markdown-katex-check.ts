import katex from 'katex';
import { KATEX_OPTIONS } from './markdown-katex-options';

/**
 * Why KaTeX refuses to typeset `tex` with the reader's options, or null when it typesets it. For
 * measurements in Node; the app itself loads KaTeX lazily through `markdown-katex-loader`.
 */
export function katexRejection(tex: string, display: boolean): string | null {
  try {
    katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode: display, throwOnError: true });
    return null;
  } catch (error) {
    return String(error);
  }
}
