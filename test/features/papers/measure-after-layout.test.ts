// @vitest-environment jsdom
import type { Virtualizer } from '@tanstack/react-virtual';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { measureRow, scrollList } from '../../../src/features/papers/measure-after-layout';

type ListVirtualizer = Virtualizer<HTMLDivElement, HTMLDivElement>;

/** Just what the measuring functions read of a virtualizer. */
function fakeVirtualizer(scrollElement: HTMLDivElement | null = null): ListVirtualizer {
  return {
    scrollElement,
    // Not met yet: rows attach before the virtualizer meets its scroll element and window.
    targetWindow: null,
    indexFromElement: (element: HTMLElement) => Number(element.dataset.index),
    measurementsCache: [{ size: 140 }, { size: 40 }],
    options: { estimateSize: () => 112, horizontal: false, isRtl: false },
  } as unknown as ListVirtualizer;
}

function row(index: number): HTMLDivElement {
  const element = document.createElement('div');
  element.dataset.index = String(index);
  return element;
}

describe('measureRow', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('takes the size a ResizeObserver reports', () => {
    const entry = { borderBoxSize: [{ blockSize: 97.6, inlineSize: 300 }] };
    expect(measureRow(row(0), entry as unknown as ResizeObserverEntry, fakeVirtualizer())).toBe(98);
  });

  it('does not lay out the page when a row is attached, where a ResizeObserver will measure it', () => {
    vi.stubGlobal('ResizeObserver', class {});
    const element = row(1);
    const read = vi.spyOn(element, 'offsetHeight', 'get');
    expect(measureRow(element, undefined, fakeVirtualizer())).toBe(40);
    expect(measureRow(row(5), undefined, fakeVirtualizer())).toBe(112);
    expect(read).not.toHaveBeenCalled();
  });

  it('measures at once where no ResizeObserver would', () => {
    const element = row(0);
    vi.spyOn(element, 'offsetHeight', 'get').mockReturnValue(77);
    expect(measureRow(element, undefined, fakeVirtualizer())).toBe(77);
  });
});

describe('scrollList', () => {
  it('skips only the first write of the top, where a new list already is', () => {
    const element = document.createElement('div');
    const scrollTo = vi.fn();
    element.scrollTo = scrollTo;
    const virtualizer = fakeVirtualizer(element);

    scrollList(0, {}, virtualizer);
    expect(scrollTo).not.toHaveBeenCalled();

    scrollList(600, {}, virtualizer);
    scrollList(0, {}, virtualizer);
    expect(scrollTo.mock.calls).toEqual([[{ top: 600 }], [{ top: 0 }]]);
  });

  it('writes a first position other than the top', () => {
    const element = document.createElement('div');
    const scrollTo = vi.fn();
    element.scrollTo = scrollTo;
    scrollList(300, { adjustments: 20 }, fakeVirtualizer(element));
    expect(scrollTo).toHaveBeenCalledWith({ top: 320 });
  });
});
