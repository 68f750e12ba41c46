import { createRelatedResponder, type RelatedRequest } from './related-protocol';

/** Keeps a digest's related-papers index off the main thread; see `related-source.ts`. */
const respond = createRelatedResponder();

self.onmessage = (event: MessageEvent<RelatedRequest>) => {
  const reply = respond(event.data);
  if (reply) self.postMessage(reply);
};
