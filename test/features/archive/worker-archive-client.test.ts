import { afterEach, describe, expect, it, vi } from 'vitest';
import { createArchive, createMemoryBackend } from '../../../src/archive';
import type { Archive } from '../../../src/archive/types';
import {
  createArchiveResponder,
  type ArchiveReply,
  type ArchiveRequest,
} from '../../../src/features/archive/archive-protocol';
import { createLocalArchiveClient } from '../../../src/features/archive/local-archive-client';
import {
  createWorkerArchiveClient,
  type ArchiveWorker,
} from '../../../src/features/archive/worker-archive-client';
import {
  digestDay,
  freshArchive,
  steppingClock,
  textFile,
  valueOf,
} from '../../archive/archive-harness';

function memoryArchive(
  fetch: typeof globalThis.fetch = () => Promise.reject(new TypeError()),
): Archive {
  return createArchive(createMemoryBackend(), { now: steppingClock(), fetch });
}

/**
 * A worker running the real responder, with messages copied both ways as postMessage copies
 * them. `hold` keeps replies until `release`, which sends them in the reverse order.
 */
function fakeWorker(archive: Archive) {
  const respond = createArchiveResponder(Promise.resolve(archive));
  const worker = {
    hold: false,
    held: [] as ArchiveReply[],
    requests: [] as ArchiveRequest[],
    terminated: false,
    onmessage: null as ArchiveWorker['onmessage'],
    onerror: null as ArchiveWorker['onerror'],
    postMessage(message: unknown) {
      const request = structuredClone(message) as ArchiveRequest;
      worker.requests.push(request);
      void respond(request).then((reply) => {
        if (worker.hold) worker.held.push(reply);
        else deliver(reply);
      });
    },
    terminate() {
      worker.terminated = true;
    },
    release() {
      for (const reply of worker.held.splice(0).reverse()) deliver(reply);
    },
    fail() {
      const event = new Event('error');
      worker.onerror?.call(worker as unknown as Worker, event as ErrorEvent);
    },
  };
  function deliver(reply: ArchiveReply) {
    const event = new MessageEvent('message', { data: structuredClone(reply) });
    worker.onmessage?.call(worker as unknown as Worker, event);
  }
  return worker;
}

describe('the archive client for a worker', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('starts the worker with its first call, not before', async () => {
    const worker = fakeWorker(memoryArchive());
    const startWorker = vi.fn(() => worker);
    const client = createWorkerArchiveClient({ startWorker });

    expect(startWorker).not.toHaveBeenCalled();
    const listing = await client.list();
    await client.list();

    expect(startWorker).toHaveBeenCalledTimes(1);
    expect(listing).toEqual({ sources: [], storage: 'memory', problems: [] });
  });

  it('gives each call its own reply, whatever order the replies come in', async () => {
    const worker = fakeWorker(memoryArchive());
    const client = createWorkerArchiveClient({ startWorker: () => worker });
    const added = valueOf(await client.addFile(textFile(digestDay('2024-03-08', 'A')), 'a.txt'));
    worker.hold = true;

    const reading = client.read(added.source.id);
    const missing = client.remove('file:0000000000000000');
    const listing = client.list();
    await vi.waitFor(() => expect(worker.held).toHaveLength(3));
    worker.release();

    expect(await valueOf(await reading).text()).toBe(digestDay('2024-03-08', 'A'));
    expect(await missing).toEqual({ ok: false, failure: { kind: 'missing' } });
    expect((await listing).sources).toEqual([added.source]);
  });

  it('sends a file to the worker as a Blob, not as text read in the page', async () => {
    const worker = fakeWorker(memoryArchive());
    const client = createWorkerArchiveClient({ startWorker: () => worker });
    const file = textFile(digestDay('2024-03-08', 'A'));

    await client.addFile(file, 'a.txt');

    expect(worker.requests[0]).toMatchObject({
      method: 'addFile',
      args: [expect.any(Blob), 'a.txt'],
    });
  });

  it('rejects a call the worker could not run', async () => {
    const archive = memoryArchive();
    const client = createWorkerArchiveClient({
      startWorker: () =>
        fakeWorker({ ...archive, exportArchive: () => Promise.reject(new Error('disk gone')) }),
    });

    await expect(
      client.exportArchive({ version: 1, bookmarks: {}, read: {}, notes: {} }),
    ).rejects.toThrow('disk gone');
  });

  it('runs the calls in the page when the worker fails to load, those waiting included', async () => {
    const worker = fakeWorker(memoryArchive());
    worker.hold = true;
    const local = createLocalArchiveClient(memoryArchive());
    const client = createWorkerArchiveClient({ startWorker: () => worker, fallBack: () => local });

    const waiting = client.addPaste(digestDay('2024-03-08', 'A'));
    worker.fail();

    expect(valueOf(await waiting).alreadyStored).toBe(false);
    expect(worker.terminated).toBe(true);
    expect((await client.list()).sources).toHaveLength(1);
    expect((await local.list()).sources).toHaveLength(1);
  });

  it('runs in the page where there are no module workers', async () => {
    const local = createLocalArchiveClient(memoryArchive());
    const client = createWorkerArchiveClient({ startWorker: () => null, fallBack: () => local });

    valueOf(await client.addPaste(digestDay('2024-03-08', 'A')));

    expect((await local.list()).sources).toHaveLength(1);
  });

  it('subscribes to a relative address as the page resolves it', async () => {
    vi.stubGlobal('location', new URL('https://reader.example/app/papers/x'));
    const fetch = vi.fn(() => Promise.resolve(new Response(digestDay('2024-03-08', 'A'))));
    const client = createWorkerArchiveClient({
      startWorker: () => fakeWorker(memoryArchive(fetch)),
    });

    const refreshed = valueOf(await client.refresh('../digests/daily.txt'));

    expect(refreshed.source.id).toBe('url:https://reader.example/app/digests/daily.txt');
    expect(fetch).toHaveBeenCalledWith(
      'https://reader.example/app/digests/daily.txt',
      expect.anything(),
    );
  });
});

describe('the archive client in the page', () => {
  it('runs the same operations over IndexedDB', async () => {
    const { archive } = await freshArchive();
    const client = createLocalArchiveClient(Promise.resolve(archive));

    const added = valueOf(await client.addPaste(digestDay('2024-03-08', 'A')));

    expect(await client.list()).toEqual({
      sources: [added.source],
      storage: 'indexeddb',
      problems: [],
    });
  });
});
