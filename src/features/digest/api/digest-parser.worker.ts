import { createParserAnswerer, transferList, type ParserRequest } from './parser-protocol';

/**
 * Parses a large digest off the main thread as its bytes arrive, and sends back each day as soon
 * as it is complete.
 */
const answer = createParserAnswerer();

self.onmessage = (event: MessageEvent<ParserRequest>) => {
  for (const reply of answer(event.data))
    self.postMessage(reply, { transfer: transferList(reply) });
};
