import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { renderPage } from '../app/prerender/render-page.tsx';
import { fillTemplate, type PageJob } from './prerender-pages.ts';
import { writeCompressedAsync } from './write-compressed.ts';

/**
 * Renders batches of pages in a thread of its own (see prerender.ts), writing each page with its
 * precompressed copies as soon as it is rendered: nothing is kept once written.
 */

export interface PrerenderWorkerData {
  template: string;
  outDir: string;
  mathStylesheet: string | null;
}

/** Sent back after each batch: the pages written, or why the batch failed. */
export type PrerenderWorkerReply = { written: number } | { error: string };

const { template, outDir, mathStylesheet } = workerData as PrerenderWorkerData;
const port = parentPort;
if (!port) throw new Error('prerender-worker runs as a worker thread');

port.on('message', (jobs: PageJob[]) => {
  void renderBatch(jobs).then(
    (written) => port.postMessage({ written } satisfies PrerenderWorkerReply),
    (error: unknown) =>
      port.postMessage({
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      } satisfies PrerenderWorkerReply),
  );
});

async function renderBatch(jobs: PageJob[]): Promise<number> {
  const writes: Promise<void>[] = [];
  for (const job of jobs) {
    const body = await renderPage(job.seed);
    const html = fillTemplate(template, { head: job.head, body, seed: job.seed, mathStylesheet });
    writes.push(writeCompressedAsync(join(outDir, job.file), html));
  }
  await Promise.all(writes);
  return jobs.length;
}
