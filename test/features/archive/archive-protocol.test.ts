import { describe, expect, it } from 'vitest';
import { createArchive, createMemoryBackend } from '../../../src/archive';
import type { Archive } from '../../../src/archive/types';
import {
  createArchiveResponder,
  type ArchiveRequest,
} from '../../../src/features/archive/archive-protocol';
import { digestDay, steppingClock } from '../../archive/archive-harness';

function memoryArchive(): Archive {
  return createArchive(createMemoryBackend(), {
    now: steppingClock(),
    fetch: () => Promise.reject(new TypeError('offline')),
  });
}

describe('the archive worker’s responder', () => {
  it('answers each request with its number and the operation’s result', async () => {
    const respond = createArchiveResponder(Promise.resolve(memoryArchive()));

    const added = await respond({
      id: 1,
      method: 'addPaste',
      args: [digestDay('2024-03-08', 'A')],
    });
    const listed = await respond({ id: 2, method: 'list', args: [] });

    expect(added).toMatchObject({
      id: 1,
      ok: true,
      value: { ok: true, value: { alreadyStored: false } },
    });
    expect(listed).toMatchObject({
      id: 2,
      ok: true,
      value: { storage: 'memory', sources: [{ name: '붙여넣기 2024-03-08' }] },
    });
  });

  it('answers a request it has no operation for with an error, not silence', async () => {
    const respond = createArchiveResponder(Promise.resolve(memoryArchive()));
    const request = { id: 3, method: 'toString', args: [] } as unknown as ArchiveRequest;

    expect(await respond(request)).toEqual({
      id: 3,
      ok: false,
      error: 'No archive operation toString',
    });
  });

  it('answers with an error when the archive could not be opened at all', async () => {
    const respond = createArchiveResponder(Promise.reject(new Error('Worker has no crypto')));

    expect(await respond({ id: 4, method: 'list', args: [] })).toEqual({
      id: 4,
      ok: false,
      error: 'Worker has no crypto',
    });
  });
});
