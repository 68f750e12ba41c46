import type { DigestEntry } from '../digest/index.ts';

export interface PaperLinks {
  /** arXiv abstract page, when the digest gives an arXiv URL. */
  arxiv: string | null;
  /** arXiv PDF, when the digest gives an arXiv URL. */
  pdf: string | null;
  /** An arXiv search for the title: always there, the fallback when no arXiv URL is known. */
  search: string;
  /** Every other URL the digest gives for the paper (project pages, code, posts). */
  other: string[];
}

const ARXIV =
  /^https?:\/\/(?:www\.)?arxiv\.org\/(?:abs|pdf|html)\/([a-z-]+\/\d{7}|\d{4}\.\d{4,5})(v\d+)?/i;

/** The arXiv identifier in a URL (`2403.04652`), or null. */
export function arxivId(url: string): string | null {
  return ARXIV.exec(url)?.[1] ?? null;
}

export function paperLinks(entry: Pick<DigestEntry, 'title' | 'links'>): PaperLinks {
  let id: string | null = null;
  const other: string[] = [];
  for (const link of entry.links) {
    const found = arxivId(link);
    if (found && id === null) id = found;
    else if (!found) other.push(link);
  }
  return {
    arxiv: id && `https://arxiv.org/abs/${id}`,
    pdf: id && `https://arxiv.org/pdf/${id}`,
    search: `https://arxiv.org/search/?searchtype=title&query=${encodeURIComponent(entry.title)}`,
    other,
  };
}
