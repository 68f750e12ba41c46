import { RelatedIndex, type RelatableEntry, type RelatedPaper } from '../../related';

/**
 * What the page sends the related-papers worker: papers as the digest arrives, in batches, and
 * questions, answered in the order they come, after every batch sent before them.
 */
export type RelatedRequest =
  | { type: 'add'; entries: RelatableEntry[] }
  | { type: 'related'; request: number; id: string; count: number };

/** The answer to one question: the related papers, best first. */
export interface RelatedReply {
  request: number;
  papers: RelatedPaper[];
}

/**
 * The worker's side of the protocol, with no worker in it, so that tests (and a page without
 * workers) can run it: keeps the index and answers questions from it.
 */
export function createRelatedResponder(): (request: RelatedRequest) => RelatedReply | null {
  const index = new RelatedIndex();
  return (request) => {
    if (request.type === 'add') {
      index.add(request.entries);
      return null;
    }
    return {
      request: request.request,
      papers: index.related(request.id, { count: request.count }),
    };
  };
}
