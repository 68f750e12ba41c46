import { createParserWorkerHandler, transferList, type ParserMessage } from './parser-protocol';

/**
 * Parses a large digest off the main thread as its bytes arrive, or as it reads a Blob it was
 * given, and sends back each day as soon as it is complete.
 */
const handle = createParserWorkerHandler((reply) =>
  self.postMessage(reply, { transfer: transferList(reply) }),
);

self.onmessage = (event: MessageEvent<ParserMessage>) => handle(event.data);
