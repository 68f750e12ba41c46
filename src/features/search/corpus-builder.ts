import { buildCorpus, type SearchableEntry, type SearchCorpus } from '../../search';
import type { IndexReply, IndexRequest } from './index-protocol';

export interface Outgoing {
  reply: IndexReply;
  transfer: ArrayBuffer[];
}

/** Code units of text per reply: the page takes a few milliseconds to receive one. */
const TEXT_PER_REPLY = 1 << 20;

/**
 * The worker's side of the protocol, with no worker in it, so that tests can run it: gathers the
 * entries and, at the last batch, builds the corpus and says what to post.
 */
export function createCorpusBuilder(): (request: IndexRequest) => Outgoing[] {
  let received: SearchableEntry[] = [];
  return (request) => {
    for (const entry of request.entries) received.push(entry);
    if (!request.last) return [];
    const { parts, ...corpus } = buildCorpus(received);
    received = [];
    const replies = batches(parts).map((batch): Outgoing => ({
      reply: { type: 'parts', parts: batch },
      transfer: [],
    }));
    replies.push({ reply: { type: 'corpus', corpus }, transfer: buffers(corpus) });
    return replies;
  };
}

function batches(parts: readonly string[]): string[][] {
  const out: string[][] = [];
  let from = 0;
  let size = 0;
  for (let i = 0; i < parts.length; i++) {
    size += parts[i]?.length ?? 0;
    if (size >= TEXT_PER_REPLY) {
      out.push(parts.slice(from, i + 1));
      from = i + 1;
      size = 0;
    }
  }
  if (from < parts.length) out.push(parts.slice(from));
  return out;
}

/** The buffers under the corpus's typed arrays, each once, as a transfer list wants them. */
function buffers(corpus: Omit<SearchCorpus, 'parts'>): ArrayBuffer[] {
  const values = [corpus.partStarts, ...(Object.values(corpus.grams) as unknown[])];
  const found = new Set<ArrayBuffer>();
  for (const value of values) {
    if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer) found.add(value.buffer);
  }
  return [...found];
}
