import { arxivId } from '../catalog/paper-links.ts';

/** The paper's arXiv page, from the first arXiv URL among its links, or null when it has none. */
export function arxivUrl(links: readonly string[]): string | null {
  for (const link of links) {
    const id = arxivId(link);
    if (id !== null) return `https://arxiv.org/abs/${id}`;
  }
  return null;
}
