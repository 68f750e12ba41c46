import type { DigestEntry } from '../../digest';
import { loadMathKit } from './markdown-katex-loader';
import { loadTitleKit } from './markdown-title';

/**
 * Loads the math renderer and the title typesetter when `entries` may need them. A page rendered
 * ahead of time typeset its math; the browser must have the same code before it takes the page
 * over, or its first render would show TeX where the page shows formulas.
 */
export async function loadRenderersFor(entries: readonly DigestEntry[]): Promise<void> {
  const mayHoldTex = (text: string) => text.includes('$') || text.includes('\\');
  const texts = entries.flatMap((entry) => [
    entry.title,
    entry.abstract,
    entry.commentary,
    entry.translation,
  ]);
  if (!texts.some(mayHoldTex)) return;
  await Promise.all([loadMathKit(), loadTitleKit()]);
}

/** Loads both, for rendering pages ahead of time. */
export async function loadAllRenderers(): Promise<void> {
  await Promise.all([loadMathKit(), loadTitleKit()]);
}
