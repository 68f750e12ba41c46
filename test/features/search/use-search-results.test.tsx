import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DigestEntry } from '../../../src/digest';
import { useSearchResults } from '../../../src/features/search/use-search-results';
import { makeEntry } from '../../support/entry-factory';

const reward = makeEntry({ title: 'Reward models', commentary: '보상 모델을 학습' });
const merging = makeEntry({ title: 'Model merging', commentary: '모델 병합' });
const diffusion = makeEntry({ title: 'Diffusion', commentary: '이미지 생성' });

function renderSearch(entries: readonly DigestEntry[] | undefined, query: string) {
  return renderHook((props) => useSearchResults(props.entries, props.query), {
    initialProps: { entries, query },
  });
}

describe('useSearchResults', () => {
  it('is idle without a query', () => {
    const { result } = renderSearch([reward, merging], '  ');
    expect(result.current).toEqual({ ids: null, preparing: false });
  });

  it('prepares, then answers each keystroke in the same render', async () => {
    const all = [reward, merging, diffusion];
    const { result, rerender } = renderSearch(all, '모델');
    expect(result.current).toEqual({ ids: null, preparing: true });
    await waitFor(() => expect(result.current.preparing).toBe(false));
    expect(result.current.ids).toEqual(new Set([reward.id, merging.id]));

    rerender({ entries: all, query: '모델을' });
    expect(result.current.ids).toEqual(new Set([reward.id]));
  });

  it('prepares again for a new digest, and answers from it', async () => {
    const { result, rerender } = renderSearch([reward], 'model');
    await waitFor(() => expect(result.current.ids).toEqual(new Set([reward.id])));

    rerender({ entries: [reward, merging], query: 'model' });
    expect(result.current).toEqual({ ids: null, preparing: true });
    await waitFor(() => expect(result.current.ids).toEqual(new Set([reward.id, merging.id])));
  });
});
