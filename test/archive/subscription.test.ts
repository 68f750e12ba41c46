import { describe, expect, it, vi } from 'vitest';
import { digestDay, freshArchive, valueOf } from './archive-harness';

const ADDRESS = 'https://digest.example/daily.txt';

/** A host answering with each of `answers` in turn; it records the requests it gets. */
function fakeHost(...answers: Array<() => Response | Promise<Response>>) {
  const requests: Request[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    requests.push(new Request(input, init));
    const answer = answers.shift();
    return answer
      ? Promise.resolve().then(answer)
      : Promise.reject(new TypeError('Failed to fetch'));
  };
  return { fetch, requests };
}

function digestResponse(text: string, headers: Record<string, string> = {}): () => Response {
  return () => new Response(text, { status: 200, headers });
}

const VALIDATORS = { ETag: '"v1"', 'Last-Modified': 'Fri, 08 Mar 2024 06:00:00 GMT' };

describe('a subscription', () => {
  it('is stored with its validators, then asked again conditionally; a 304 only marks the check', async () => {
    const text = digestDay('2024-03-08', 'Alpha', 'Beta');
    const host = fakeHost(
      digestResponse(text, VALIDATORS),
      () => new Response(null, { status: 304 }),
    );
    const { archive } = await freshArchive({ fetch: host.fetch });

    const first = valueOf(await archive.refresh(ADDRESS));
    expect(first.changed).toBe(true);
    expect(first.source).toMatchObject({
      id: `url:${ADDRESS}`,
      kind: 'subscription',
      name: ADDRESS,
      url: ADDRESS,
      paperCount: 2,
      firstDate: '2024-03-08',
      etag: '"v1"',
      lastModified: 'Fri, 08 Mar 2024 06:00:00 GMT',
    });
    expect(host.requests[0]?.headers.get('If-None-Match')).toBeNull();
    // The archive is the copy kept: the HTTP cache would only be a second one.
    expect(host.requests[0]?.cache).toBe('no-store');

    const second = valueOf(await archive.refresh(ADDRESS));
    expect(host.requests[1]?.headers.get('If-None-Match')).toBe('"v1"');
    expect(host.requests[1]?.headers.get('If-Modified-Since')).toBe(VALIDATORS['Last-Modified']);
    expect(second.changed).toBe(false);
    expect(second.source).toEqual({ ...first.source, refreshedAt: second.source.refreshedAt });
    expect(second.source.refreshedAt > first.source.refreshedAt).toBe(true);
    expect((await archive.list()).sources).toEqual([second.source]);
    expect(await valueOf(await archive.read(first.source.id)).text()).toBe(text);
  });

  it('takes a changed text in place of the old one, under the same id', async () => {
    const before = digestDay('2024-03-08', 'Alpha');
    const after = `${before}${digestDay('2024-03-09', 'Beta')}`;
    const host = fakeHost(
      digestResponse(before, { ETag: '"v1"' }),
      digestResponse(after, { ETag: '"v2"' }),
    );
    const { archive } = await freshArchive({ fetch: host.fetch });
    const first = valueOf(await archive.refresh(ADDRESS));

    const second = valueOf(await archive.refresh(ADDRESS));

    expect(second.changed).toBe(true);
    expect(second.source).toMatchObject({
      id: first.source.id,
      addedAt: first.source.addedAt,
      paperCount: 2,
      lastDate: '2024-03-09',
      etag: '"v2"',
    });
    expect(second.source.changedAt > first.source.changedAt).toBe(true);
    expect(second.source.hash).not.toBe(first.source.hash);
    expect((await archive.list()).sources).toEqual([second.source]);
    expect(await valueOf(await archive.read(first.source.id)).text()).toBe(after);
  });

  it('keeps a new text that another refresh stored while the host answered 304', async () => {
    const before = digestDay('2024-03-08', 'Alpha');
    const after = `${before}${digestDay('2024-03-09', 'Beta')}`;
    let answer!: (response: Response) => void;
    const notModified = new Promise<Response>((resolve) => {
      answer = resolve;
    });
    const host = fakeHost(
      digestResponse(before, { ETag: '"v1"' }),
      () => notModified,
      digestResponse(after, { ETag: '"v2"' }),
    );
    const { archive } = await freshArchive({ fetch: host.fetch });
    valueOf(await archive.refresh(ADDRESS));

    const slow = archive.refresh(ADDRESS);
    await vi.waitFor(() => expect(host.requests).toHaveLength(2));
    const fast = valueOf(await archive.refresh(ADDRESS));
    answer(new Response(null, { status: 304 }));

    expect(valueOf(await slow).source.hash).toBe(fast.source.hash);
    expect((await archive.list()).sources).toMatchObject([
      { hash: fast.source.hash, etag: '"v2"' },
    ]);
    expect(await valueOf(await archive.read(fast.source.id)).text()).toBe(after);
  });

  it('keeps its change time when the host sends the same text again', async () => {
    const text = digestDay('2024-03-08', 'Alpha');
    const host = fakeHost(digestResponse(text), digestResponse(text, { ETag: '"v1"' }));
    const { archive } = await freshArchive({ fetch: host.fetch });
    const first = valueOf(await archive.refresh(ADDRESS));

    const second = valueOf(await archive.refresh(ADDRESS));

    expect(second.changed).toBe(false);
    expect(second.source.changedAt).toBe(first.source.changedAt);
    expect(second.source.refreshedAt > first.source.refreshedAt).toBe(true);
    expect(second.source.etag).toBe('"v1"');
  });

  it.each([
    [
      'the network fails',
      () => {
        throw new TypeError('Failed to fetch');
      },
      null,
    ],
    ['the host answers with an error', () => new Response('gone', { status: 503 }), 503],
  ])('leaves the stored copy as it was when %s', async (_case, answer, status) => {
    const text = digestDay('2024-03-08', 'Alpha');
    const host = fakeHost(digestResponse(text, VALIDATORS), answer);
    const { archive } = await freshArchive({ fetch: host.fetch });
    const stored = valueOf(await archive.refresh(ADDRESS));

    expect(await archive.refresh(ADDRESS)).toEqual({
      ok: false,
      failure: { kind: 'network', status },
    });
    expect((await archive.list()).sources).toEqual([stored.source]);
    expect(await valueOf(await archive.read(stored.source.id)).text()).toBe(text);
  });

  it('refuses a page that is not a digest, keeping the stored copy', async () => {
    const text = digestDay('2024-03-08', 'Alpha');
    const host = fakeHost(
      digestResponse(text),
      digestResponse('<!DOCTYPE html><title>Login</title>'),
    );
    const { archive } = await freshArchive({ fetch: host.fetch });
    const stored = valueOf(await archive.refresh(ADDRESS));

    expect(await archive.refresh(ADDRESS)).toEqual({
      ok: false,
      failure: { kind: 'not-a-digest', refusal: { kind: 'html' } },
    });
    expect((await archive.list()).sources).toEqual([stored.source]);
  });

  it('is not stored when the address cannot be reached the first time', async () => {
    const { archive } = await freshArchive({ fetch: fakeHost().fetch });

    expect(await archive.refresh(ADDRESS)).toEqual({
      ok: false,
      failure: { kind: 'network', status: null },
    });
    expect((await archive.list()).sources).toEqual([]);
  });

  it('needs an absolute address: the worker would resolve a relative one against itself', async () => {
    const host = fakeHost(digestResponse(digestDay('2024-03-08', 'Alpha')));
    const { archive } = await freshArchive({ fetch: host.fetch });

    expect(await archive.refresh('daily.txt')).toEqual({
      ok: false,
      failure: { kind: 'network', status: null },
    });
    expect(host.requests).toEqual([]);
  });

  it('asks once more without validators when the host refuses them (no CORS preflight)', async () => {
    const text = digestDay('2024-03-08', 'Alpha');
    const host = fakeHost(
      digestResponse(text, VALIDATORS),
      () => {
        throw new TypeError('Failed to fetch');
      },
      digestResponse(text, VALIDATORS),
    );
    const { archive } = await freshArchive({ fetch: host.fetch });
    valueOf(await archive.refresh(ADDRESS));

    const again = valueOf(await archive.refresh(ADDRESS));
    expect(again.changed).toBe(false);
    expect(host.requests[2]?.headers.get('If-None-Match')).toBeNull();
    expect(host.requests[2]?.cache).toBe('no-cache');
  });

  it('keeps a text the page fetched itself, with its validators, as the subscription', async () => {
    const { archive } = await freshArchive({ fetch: fakeHost().fetch });
    const text = digestDay('2024-03-08', 'Alpha', 'Beta');
    const validators = { etag: '"v1"', lastModified: null };

    const kept = valueOf(await archive.keepSubscription(ADDRESS, new Blob([text]), validators));
    expect(kept.changed).toBe(true);
    expect(kept.source).toMatchObject({ id: `url:${ADDRESS}`, paperCount: 2, etag: '"v1"' });
    const same = valueOf(await archive.keepSubscription(ADDRESS, new Blob([text]), validators));
    expect(same.changed).toBe(false);
    expect(await valueOf(await archive.read(kept.source.id)).text()).toBe(text);

    const page = await archive.keepSubscription(ADDRESS, new Blob(['<!doctype html>']), validators);
    expect(page).toMatchObject({ ok: false, failure: { kind: 'not-a-digest' } });
    expect((await archive.list()).sources).toHaveLength(1);
  });
});
