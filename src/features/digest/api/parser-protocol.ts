import {
  DigestStream,
  packedBuffers,
  packEntries,
  type DigestWarning,
  type PackedEntries,
  type ParseResult,
} from '../../../digest';

/**
 * What the main thread sends the parser worker: the next bytes of the file, its end, or leave to
 * go on after the first papers (see `createParserAnswerer`).
 */
export type ParserRequest =
  { type: 'bytes'; bytes: ArrayBuffer } | { type: 'end' } | { type: 'resume' };
/**
 * A digest the page holds as a Blob (the reader's archive): the worker reads it itself, so that
 * the page never holds or passes on its bytes.
 */
export interface ParseBlobRequest {
  type: 'blob';
  blob: Blob;
}

/** Every message the page sends the parser worker. */
export type ParserMessage = ParserRequest | ParseBlobRequest;

/**
 * What the worker sends back: the entries of days it has parsed, packed (see `packEntries`), when
 * it is done, or that a Blob it was given could not be read.
 */
export type ParserReply =
  | { type: 'parsed'; packed: PackedEntries; warnings: DigestWarning[] }
  | { type: 'done' }
  | { type: 'failed'; message: string };

/** The buffers a reply transfers rather than copies. */
export function transferList(reply: ParserReply): ArrayBuffer[] {
  return reply.type === 'parsed' ? packedBuffers(reply.packed) : [];
}

/**
 * The most entries one reply carries. The page copies a reply in one task, and the garbage
 * collections that copying sets off land in it too: a reply of a thousand papers made a 50 ms
 * task on a 2-core machine.
 */
export const REPLY_ENTRIES = 250;

/**
 * Until the first papers are out, a large chunk is parsed this much at a time. A fast connection
 * hands over megabytes at once, and parsing a 2 MB chunk whole before answering kept the first
 * papers waiting for a thousand others. The parser runs cold in a new worker, so even 256 KiB
 * took long. The stream parses once it holds 64 Ki characters, so the first papers now come from
 * the first 64-128 KiB: a few days, more than a screen shows.
 */
export const FIRST_PAPERS_SLICE = 64 * 1024;

/**
 * The worker's side, with no worker in it, so that tests can run it: feeds each request to a
 * digest stream and says what to send back.
 *
 * Once it has sent the first papers it holds further requests until the page sends `resume`.
 * The page draws its first screen then, and a worker parsing the rest of a large archive on the
 * other core of a small machine made that screen's layout and paint twice as slow.
 */
export function createParserAnswerer(): (request: ParserRequest) => ParserReply[] {
  const stream = new DigestStream();
  const held: ParserRequest[] = [];
  let holding = false;
  let sentPapers = false;

  const reply = ({ entries, warnings }: ParseResult, replies: ParserReply[]) => {
    if (entries.length === 0 && warnings.length === 0) return;
    // The warnings go with the first reply, which there is even without entries.
    for (let from = 0; from === 0 || from < entries.length; from += REPLY_ENTRIES) {
      replies.push({
        type: 'parsed',
        packed: packEntries(entries.slice(from, from + REPLY_ENTRIES)),
        warnings: from === 0 ? warnings : [],
      });
    }
    if (!sentPapers && entries.length > 0) {
      sentPapers = true;
      holding = true;
    }
  };

  const answer = (request: ParserRequest, replies: ParserReply[]) => {
    if (request.type === 'resume') return;
    if (request.type === 'end') {
      reply(stream.end(), replies);
      replies.push({ type: 'done' });
      return;
    }
    let bytes = new Uint8Array(request.bytes);
    while (!sentPapers && bytes.length > FIRST_PAPERS_SLICE) {
      reply(stream.pushBytes(bytes.subarray(0, FIRST_PAPERS_SLICE)), replies);
      bytes = bytes.subarray(FIRST_PAPERS_SLICE);
      if (sentPapers) {
        // The rest of the chunk waits with what comes after it.
        held.unshift({ type: 'bytes', bytes: bytes.slice().buffer });
        return;
      }
    }
    reply(stream.pushBytes(bytes), replies);
  };

  return (request) => {
    const replies: ParserReply[] = [];
    if (request.type === 'resume') {
      holding = false;
      for (const waiting of held.splice(0)) answer(waiting, replies);
    } else if (holding) {
      held.push(request);
    } else {
      answer(request, replies);
    }
    return replies;
  };
}

/** `bytes` as a buffer of its own, to transfer: a chunk may view part of a larger one. */
export function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return (own ? bytes : bytes.slice()).buffer as ArrayBuffer;
}

/**
 * The worker's whole side, with no worker in it: answers each message with `send`. A Blob is read
 * here chunk by chunk and answered as the page's bytes would be, `resume` included.
 */
export function createParserWorkerHandler(
  send: (reply: ParserReply) => void,
): (message: ParserMessage) => void {
  const answer = createParserAnswerer();
  const answerAll = (request: ParserRequest) => {
    for (const reply of answer(request)) send(reply);
  };
  const readBlob = async (blob: Blob) => {
    const reader = blob.stream().getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      answerAll({ type: 'bytes', bytes: ownBuffer(value) });
    }
    answerAll({ type: 'end' });
  };
  return (message) => {
    if (message.type !== 'blob') {
      answerAll(message);
      return;
    }
    readBlob(message.blob).catch((error: unknown) =>
      send({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  };
}
