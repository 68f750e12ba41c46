import type { Archive } from '../../archive/types';
import type { ArchiveClient } from './archive-client';
import {
  absoluteAddress,
  type ArchiveMethod,
  type ArchiveReply,
  type ArchiveRequest,
} from './archive-protocol';
import { createLocalArchiveClient, openPageArchive } from './local-archive-client';

/** The part of a Worker the client uses, so that tests can give their own. */
export type ArchiveWorker = Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror'>;

export interface WorkerArchiveClientOptions {
  /** Starts the worker; null where module workers are not available. */
  startWorker?: () => ArchiveWorker | null;
  /** The archive in the page, for when there is no worker or it fails to start. */
  fallBack?: () => ArchiveClient;
}

type Operation = (...values: unknown[]) => Promise<unknown>;

interface Call {
  request: ArchiveRequest;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * The archive in a worker, started with the first call, not with the page. Requests go over as
 * they are, Blobs and Files included (copying a Blob copies a handle, not its bytes), and each
 * reply finds its call by number. Where the worker cannot start, or fails to load, the calls
 * waiting for it and every later one run in the page instead.
 */
export function createWorkerArchiveClient({
  startWorker = startArchiveWorker,
  fallBack = () => createLocalArchiveClient(openPageArchive()),
}: WorkerArchiveClientOptions = {}): ArchiveClient {
  let worker: ArchiveWorker | null = null;
  let local: ArchiveClient | null = null;
  const calls = new Map<number, Call>();
  let nextId = 0;

  function runLocally(client: ArchiveClient, { method, args }: ArchiveRequest): Promise<unknown> {
    const operations = client as unknown as Record<ArchiveMethod, Operation>;
    return operations[method](...args);
  }

  function fallBackToPage(): ArchiveClient {
    worker?.terminate();
    worker = null;
    local = fallBack();
    const waiting = [...calls.values()];
    calls.clear();
    for (const { request, resolve, reject } of waiting) {
      runLocally(local, request).then(resolve, reject);
    }
    return local;
  }

  function open(): ArchiveWorker | null {
    const started = startWorker();
    if (!started) return null;
    started.onmessage = (event: MessageEvent<ArchiveReply>) => {
      const reply = event.data;
      const call = calls.get(reply.id);
      calls.delete(reply.id);
      if (!call) return;
      if (reply.ok) call.resolve(reply.value);
      else call.reject(new Error(reply.error));
    };
    started.onerror = (event) => {
      event.preventDefault();
      fallBackToPage();
    };
    return started;
  }

  function call<M extends ArchiveMethod>(
    method: M,
    ...args: Parameters<Archive[M]>
  ): ReturnType<Archive[M]> {
    const request = { id: nextId++, method, args } as ArchiveRequest;
    if (!local && !worker) {
      worker = open();
      if (!worker) local = fallBack();
    }
    if (local) return runLocally(local, request) as ReturnType<Archive[M]>;
    const reply = new Promise((resolve, reject) => {
      calls.set(request.id, { request, resolve, reject });
    });
    worker?.postMessage(request);
    return reply as ReturnType<Archive[M]>;
  }

  return {
    list: () => call('list'),
    read: (id) => call('read', id),
    addFile: (file, name) => call('addFile', file, name),
    addPaste: (text) => call('addPaste', text),
    refresh: (url) => call('refresh', absoluteAddress(url)),
    keepSubscription: (url, text, validators) =>
      call('keepSubscription', absoluteAddress(url), text, validators),
    remove: (id) => call('remove', id),
    exportArchive: (library) => call('exportArchive', library),
    importArchive: (file) => call('importArchive', file),
  };
}

function startArchiveWorker(): ArchiveWorker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./archive.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    // Browsers without module workers may refuse one outright rather than fail to load it.
    return null;
  }
}
