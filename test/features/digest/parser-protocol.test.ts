import { describe, expect, it } from 'vitest';
import { parseDigest, unpackEntries } from '../../../src/digest';
import {
  createParserAnswerer,
  createParserWorkerHandler,
  FIRST_PAPERS_SLICE,
  REPLY_ENTRIES,
  type ParserReply,
} from '../../../src/features/digest/api/parser-protocol';
import { syntheticDigest } from '../../support/synthetic-digest';

const encoded = new TextEncoder().encode(syntheticDigest({ entries: 600 }));
const text = new TextDecoder().decode(encoded);
const bytes = (from: number, to: number) => ({
  type: 'bytes' as const,
  bytes: encoded.slice(from, to).buffer,
});
const entriesOf = (replies: ParserReply[]) =>
  replies.flatMap((reply) => (reply.type === 'parsed' ? unpackEntries(reply.packed) : []));

describe('createParserAnswerer', () => {
  it('holds what comes after the first papers until the page says resume', () => {
    const answer = createParserAnswerer();
    const third = Math.floor(encoded.length / 3);
    const first = answer(bytes(0, third));
    expect(entriesOf(first).length).toBeGreaterThan(0);

    expect(answer(bytes(third, 2 * third))).toEqual([]);
    expect(answer(bytes(2 * third, encoded.length))).toEqual([]);
    expect(answer({ type: 'end' })).toEqual([]);

    const rest = answer({ type: 'resume' });
    expect(rest.at(-1)).toEqual({ type: 'done' });
    expect([...entriesOf(first), ...entriesOf(rest)]).toEqual(parseDigest(text).entries);
  });

  it('answers a large first chunk with its first papers before parsing the rest of it', () => {
    const large = new TextEncoder().encode(syntheticDigest({ entries: 1500 }));
    expect(large.length).toBeGreaterThan(4 * FIRST_PAPERS_SLICE);
    const answer = createParserAnswerer();
    const first = entriesOf(answer({ type: 'bytes', bytes: large.slice().buffer }));
    // Korean takes three bytes a character: a slice may decode to less than the 64 Ki characters
    // the stream waits for, and the first papers then come from the first two slices.
    const firstSlices = parseDigest(
      new TextDecoder().decode(large.slice(0, 2 * FIRST_PAPERS_SLICE)),
    );
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThanOrEqual(firstSlices.entries.length);

    expect(answer({ type: 'end' })).toEqual([]);
    const rest = answer({ type: 'resume' });
    expect(rest.at(-1)).toEqual({ type: 'done' });
    expect([...first, ...entriesOf(rest)]).toEqual(
      parseDigest(new TextDecoder().decode(large)).entries,
    );
  });

  it('sends many papers parsed at once in several replies', () => {
    const answer = createParserAnswerer();
    const replies = [
      ...answer(bytes(0, encoded.length)),
      ...answer({ type: 'end' }),
      ...answer({ type: 'resume' }),
    ];
    const sizes = replies.flatMap((reply) =>
      reply.type === 'parsed' ? unpackEntries(reply.packed).length : [],
    );
    expect(sizes.length).toBeGreaterThan(1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(REPLY_ENTRIES);
    expect(entriesOf(replies)).toEqual(parseDigest(text).entries);
    const warnings = replies.flatMap((reply) => (reply.type === 'parsed' ? reply.warnings : []));
    expect(warnings).toEqual(parseDigest(text).warnings);
  });

  it('answers at once when no papers came first, and resume is harmless', () => {
    const answer = createParserAnswerer();
    expect(answer({ type: 'resume' })).toEqual([]);
    expect(answer({ type: 'end' })).toEqual([{ type: 'done' }]);
  });
});

describe('createParserWorkerHandler', () => {
  /** Runs the handler until it has said `done` or `failed`. */
  function handled(messages: Parameters<ReturnType<typeof createParserWorkerHandler>>[0][]) {
    return new Promise<ParserReply[]>((resolve) => {
      const replies: ParserReply[] = [];
      const handle = createParserWorkerHandler((reply) => {
        replies.push(reply);
        if (reply.type !== 'parsed') resolve(replies);
        else if (replies.length === 1) handle({ type: 'resume' });
      });
      for (const message of messages) handle(message);
    });
  }

  it('reads a Blob itself and answers it as the same bytes sent by the page', async () => {
    const replies = await handled([{ type: 'blob', blob: new Blob([encoded]) }]);
    expect(replies.at(-1)).toEqual({ type: 'done' });
    expect(entriesOf(replies)).toEqual(parseDigest(text).entries);
  });

  it('says so when a Blob cannot be read, instead of never answering', async () => {
    const unreadable = {
      stream: () =>
        new ReadableStream({ pull: (controller) => controller.error(new Error('gone')) }),
    } as unknown as Blob;
    expect(await handled([{ type: 'blob', blob: unreadable }])).toEqual([
      { type: 'failed', message: 'gone' },
    ]);
  });
});
