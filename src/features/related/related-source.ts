import type { DigestEntry } from '../../digest';
import type { RelatableEntry, RelatedPaper } from '../../related';
import { createRelatedResponder, type RelatedReply, type RelatedRequest } from './related-protocol';

/**
 * Papers per message. Copying a message for the worker blocks the page, 5-25 ms per thousand
 * entries on a slow machine; a large archive at once would be a long task.
 */
const BATCH = 400;

/** Where requests go: the worker, or the page itself where there is none. */
interface Channel {
  post(request: RelatedRequest): void;
  close(): void;
}

interface Question {
  request: Extract<RelatedRequest, { type: 'related' }>;
  resolve: (papers: RelatedPaper[]) => void;
  reject: (error: Error) => void;
}

/**
 * A digest's related papers, worked out in a worker that keeps the index for the page's life.
 *
 * The digest's papers go over as they arrive (`sync`), a batch a task, so the index grows with a
 * streaming archive and is ready, or nearly, once it is whole. A digest that does not extend
 * the last one (another file) starts a new index in a new worker. Without a worker (jsdom,
 * browsers without module workers, a worker that fails) the index lives in the page.
 */
export class RelatedSource {
  /** Counts the digests seen: the answers of one are not the answers of the next. */
  generation = 0;
  private channel: Channel;
  private known: readonly DigestEntry[] = [];
  private sent = 0;
  private readonly outbox: (() => RelatedRequest)[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly questions = new Map<number, Question>();
  private nextRequest = 0;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly createWorker: () => Worker | null = startWorker) {
    this.channel = this.open();
  }

  /** Calls `listener` when a new digest starts a new generation; returns how to stop. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sends the papers of `entries` the index lacks; returns the digest's generation. */
  sync(entries: readonly DigestEntry[]): number {
    if (!extendsKnown(entries, this.known, this.sent)) this.restart();
    this.known = entries;
    for (let from = this.sent; from < entries.length; from += BATCH) {
      const to = Math.min(from + BATCH, entries.length);
      this.send(() => ({ type: 'add', entries: entries.slice(from, to).map(relatable) }));
    }
    this.sent = entries.length;
    return this.generation;
  }

  /** The `count` papers most like the one with `id` among `entries`, best first. */
  related(entries: readonly DigestEntry[], id: string, count: number): Promise<RelatedPaper[]> {
    this.sync(entries);
    const request = { type: 'related', request: this.nextRequest++, id, count } as const;
    return new Promise((resolve, reject) => {
      this.questions.set(request.request, { request, resolve, reject });
      this.send(() => request);
    });
  }

  private send(request: () => RelatedRequest): void {
    this.outbox.push(request);
    // One message a task, and not in the caller's, which is often a render's commit.
    this.timer ??= setTimeout(() => this.flush(), 0);
  }

  private flush(): void {
    this.timer = undefined;
    const next = this.outbox.shift();
    if (next) this.channel.post(next());
    if (this.outbox.length > 0) this.timer = setTimeout(() => this.flush(), 0);
  }

  private receive(reply: RelatedReply): void {
    const question = this.questions.get(reply.request);
    this.questions.delete(reply.request);
    question?.resolve(reply.papers);
  }

  private restart(): void {
    this.channel.close();
    clearTimeout(this.timer);
    this.timer = undefined;
    this.outbox.length = 0;
    for (const question of this.questions.values()) {
      question.reject(new Error('The digest changed before its related papers were found'));
    }
    this.questions.clear();
    this.sent = 0;
    this.generation++;
    this.channel = this.open();
    for (const listener of this.listeners) listener();
  }

  private open(): Channel {
    const worker = this.createWorker();
    if (!worker) return pageChannel((reply) => this.receive(reply));
    worker.onmessage = (event: MessageEvent<RelatedReply>) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.fallBack(worker);
    };
    return { post: (request) => worker.postMessage(request), close: () => worker.terminate() };
  }

  /** Moves to the page: every paper again, then the questions not answered yet. */
  private fallBack(worker: Worker): void {
    worker.terminate();
    clearTimeout(this.timer);
    this.timer = undefined;
    this.outbox.length = 0;
    this.channel = pageChannel((reply) => this.receive(reply));
    this.sent = 0;
    this.sync(this.known);
    for (const { request } of this.questions.values()) this.send(() => request);
  }
}

/** Whether `entries` holds the papers sent so far, in the same order, as a later version would. */
function extendsKnown(
  entries: readonly DigestEntry[],
  known: readonly DigestEntry[],
  sent: number,
): boolean {
  if (sent === 0) return true;
  return entries.length >= sent && entries[0] === known[0] && entries[sent - 1] === known[sent - 1];
}

function pageChannel(onReply: (reply: RelatedReply) => void): Channel {
  const respond = createRelatedResponder();
  return {
    post: (request) => {
      const reply = respond(request);
      if (reply) onReply(reply);
    },
    close: () => undefined,
  };
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./related.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    // Browsers without module workers may refuse one outright rather than fail to load it.
    return null;
  }
}

/** Only what the index reads: a copy for the worker costs less than of the whole entry. */
function relatable(entry: DigestEntry): RelatableEntry {
  const { id, title, authors, abstract, commentary, tags } = entry;
  return { id, title, authors, abstract, commentary, tags };
}
