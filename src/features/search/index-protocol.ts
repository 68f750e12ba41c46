import type { SearchableEntry, SearchCorpus } from '../../search';

/**
 * What the page and the search index worker say to each other. The worker's side is in
 * `corpus-builder.ts`, so that the page's side does not bring the search engine along.
 */

/** The page sends a digest's entries to the worker in batches; the last one starts the build. */
export interface IndexRequest {
  entries: SearchableEntry[];
  last: boolean;
}

/**
 * The worker answers with the corpus: its text in batches, then the rest, whose typed arrays are
 * transferred rather than copied.
 */
export type IndexReply =
  { type: 'parts'; parts: string[] } | { type: 'corpus'; corpus: Omit<SearchCorpus, 'parts'> };

/** The page's side: gathers the replies, and returns the corpus once the last one is in. */
export function createCorpusReceiver(): (reply: IndexReply) => SearchCorpus | null {
  const parts: string[] = [];
  return (reply) => {
    if (reply.type === 'corpus') return { ...reply.corpus, parts };
    for (const part of reply.parts) parts.push(part);
    return null;
  };
}
