import { DigestStream } from '../../../digest';
import { answerParserRequest, type ParserRequest } from './parser-protocol';

/**
 * Parses a large digest off the main thread as its bytes arrive, and sends back each day as soon
 * as it is complete.
 */
const stream = new DigestStream();

self.onmessage = (event: MessageEvent<ParserRequest>) => {
  for (const reply of answerParserRequest(stream, event.data)) self.postMessage(reply);
};
