import type { DigestEntry } from '../digest/index.ts';
import type { Catalog } from './catalog.ts';
import { newestFirst } from './newest-first.ts';
import { arxivId } from './paper-links.ts';

/**
 * arXiv addresses as commentary writes them, up to where the text around them resumes: with a
 * scheme, or from `www.` as Markdown links those too.
 */
const ARXIV_ADDRESS =
  /(?:https?:\/\/(?:www\.)?|\bwww\.)arxiv\.org\/(?:abs|pdf|html)\/[^\s)\]>"'<]+/gi;

/** An arXiv id is written in any case (`hep-th/…`, `HEP-TH/…`); it names one paper. */
function idOf(url: string): string | null {
  return arxivId(/^https?:/i.test(url) ? url : `https://${url}`)?.toLowerCase() ?? null;
}

/**
 * The arXiv ids `text` links to (`https://arxiv.org/abs/2409.19606`, `…/pdf/2409.19606v2`), each
 * once, in the order they first appear; versions are the same paper.
 */
export function citedArxivIds(text: string): string[] {
  // Most commentary cites nothing: telling so costs one search of the text.
  if (!/arxiv\.org/i.test(text)) return [];
  const ids = new Set<string>();
  for (const [address] of text.matchAll(ARXIV_ADDRESS)) {
    const id = idOf(address);
    if (id) ids.add(id);
  }
  return [...ids];
}

/** Which papers of a catalog cite which, by arXiv links in their commentary. */
export interface CitationIndex {
  /** The paper at an arXiv address (any version, abstract or PDF), if the catalog holds it. */
  paperAt(url: string): DigestEntry | undefined;
  /** The papers whose commentary cites paper `id`, newest first, each once, never itself. */
  citing(id: string): DigestEntry[];
}

/**
 * The citation index of `catalog`, made once per catalog. A catalog that extends one indexed
 * before (a digest still loading) only has its new papers read, as `buildCatalog` does.
 */
export function citationIndex(catalog: Catalog): CitationIndex {
  let index = indexes.get(catalog);
  if (index) return index;
  if (!growing?.isExtendedBy(catalog.entries)) growing = new CitationBuilder();
  index = growing.extend(catalog);
  indexes.set(catalog, index);
  return index;
}

const indexes = new WeakMap<Catalog, CitationIndex>();
/** The builder of the catalog indexed last: the next is most likely that catalog grown. */
let growing: CitationBuilder | null = null;

/**
 * Positions of papers in the entries, which later catalogs extend: a catalog's index looks only
 * at positions below its own length, so indexing a later catalog never changes an earlier index.
 */
class CitationBuilder {
  private entries: readonly DigestEntry[] = [];
  /** Per arXiv id, the first paper that links to it as its own. */
  private readonly papers = new Map<string, number>();
  /** Per arXiv id, the papers whose commentary cites it, ascending. */
  private readonly citers = new Map<string, number[]>();

  isExtendedBy(entries: readonly DigestEntry[]): boolean {
    if (entries.length < this.entries.length) return false;
    for (let position = 0; position < this.entries.length; position++) {
      if (entries[position] !== this.entries[position]) return false;
    }
    return true;
  }

  extend(catalog: Catalog): CitationIndex {
    const { entries } = catalog;
    for (let position = this.entries.length; position < entries.length; position++) {
      const entry = entries[position] as DigestEntry;
      for (const link of entry.links) {
        const id = idOf(link);
        if (id !== null && !this.papers.has(id)) this.papers.set(id, position);
      }
      for (const id of citedArxivIds(entry.commentary)) {
        const citers = this.citers.get(id);
        if (citers) citers.push(position);
        else this.citers.set(id, [position]);
      }
    }
    this.entries = entries;

    const { papers, citers } = this;
    const known = (position: number | undefined) =>
      position !== undefined && position < entries.length ? entries[position] : undefined;
    return {
      paperAt(url) {
        const id = idOf(url);
        return id === null ? undefined : known(papers.get(id));
      },
      citing(id) {
        const paper = catalog.paper(id);
        if (!paper) return [];
        const found = new Map<string, DigestEntry>();
        for (const link of paper.links) {
          const cited = idOf(link);
          for (const position of (cited !== null && citers.get(cited)) || []) {
            const citer = known(position);
            if (citer && citer.id !== id) found.set(citer.id, citer);
          }
        }
        return [...found.values()].sort(newestFirst);
      },
    };
  }
}
