import { createCorpusBuilder } from './corpus-builder';
import type { IndexRequest } from './index-protocol';

/** Builds a digest's search corpus off the main thread; see `build-search-index.ts`. */
const build = createCorpusBuilder();

self.onmessage = (event: MessageEvent<IndexRequest>) => {
  for (const { reply, transfer } of build(event.data)) self.postMessage(reply, { transfer });
};
