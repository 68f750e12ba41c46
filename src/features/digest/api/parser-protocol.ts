import type { DigestEntry, DigestStream, DigestWarning } from '../../../digest';

/** What the main thread sends the parser worker: the next bytes of the file, or its end. */
export type ParserRequest = { type: 'bytes'; bytes: ArrayBuffer } | { type: 'end' };
/** What the worker sends back: the entries of days it has parsed, and when it is done. */
export type ParserReply =
  { type: 'parsed'; entries: DigestEntry[]; warnings: DigestWarning[] } | { type: 'done' };

/** The worker's side: feeds one request to the stream and says what to send back. */
export function answerParserRequest(stream: DigestStream, request: ParserRequest): ParserReply[] {
  const { entries, warnings } =
    request.type === 'bytes' ? stream.pushBytes(new Uint8Array(request.bytes)) : stream.end();
  const replies: ParserReply[] = [];
  if (entries.length > 0 || warnings.length > 0)
    replies.push({ type: 'parsed', entries, warnings });
  if (request.type === 'end') replies.push({ type: 'done' });
  return replies;
}
