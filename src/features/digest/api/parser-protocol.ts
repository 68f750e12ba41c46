import { DigestStream, type DigestEntry, type DigestWarning } from '../../../digest';

/**
 * What the main thread sends the parser worker: the next bytes of the file, its end, or leave to
 * go on after the first papers (see `createParserAnswerer`).
 */
export type ParserRequest =
  { type: 'bytes'; bytes: ArrayBuffer } | { type: 'end' } | { type: 'resume' };
/** What the worker sends back: the entries of days it has parsed, and when it is done. */
export type ParserReply =
  { type: 'parsed'; entries: DigestEntry[]; warnings: DigestWarning[] } | { type: 'done' };

/**
 * The most entries one reply carries. The page copies a reply in one task, and the garbage
 * collections that copying sets off land in it too: a reply of a thousand papers made a 50 ms
 * task on a 2-core machine.
 */
export const REPLY_ENTRIES = 250;

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

  const answer = (request: ParserRequest, replies: ParserReply[]) => {
    if (request.type === 'resume') return;
    const { entries, warnings } =
      request.type === 'bytes' ? stream.pushBytes(new Uint8Array(request.bytes)) : stream.end();
    if (entries.length > 0 || warnings.length > 0) {
      replies.push({ type: 'parsed', entries: entries.slice(0, REPLY_ENTRIES), warnings });
      for (let from = REPLY_ENTRIES; from < entries.length; from += REPLY_ENTRIES) {
        replies.push({
          type: 'parsed',
          entries: entries.slice(from, from + REPLY_ENTRIES),
          warnings: [],
        });
      }
      if (!sentPapers && entries.length > 0) {
        sentPapers = true;
        holding = true;
      }
    }
    if (request.type === 'end') replies.push({ type: 'done' });
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
