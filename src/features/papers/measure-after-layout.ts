import {
  elementScroll,
  observeElementRect,
  type Rect,
  type Virtualizer,
  type VirtualizerOptions,
} from '@tanstack/react-virtual';

/**
 * The virtualizer's defaults read sizes (`clientHeight`, `offsetHeight`) and write the scroll
 * position while React commits, which makes the browser lay out the whole page inside that task:
 * on a first load, with fonts still arriving, that made the commit a long task. These read sizes
 * only from a ResizeObserver, which reports them after the browser's own next layout, and go on
 * estimates until then; and they skip the scroll to the top that the virtualizer writes when it
 * first meets its scroll element, where a new element already is.
 */

/** The list's first guess at its own size, read without laying out: the window's. */
export function initialListRect(): Rect {
  return typeof window === 'undefined'
    ? { width: 0, height: 0 }
    : { width: window.innerWidth, height: window.innerHeight };
}

/** Scroll elements whose real size is known, and with it where their rows are. */
const laidOut = new WeakSet<Element>();

/**
 * Whether the list's real size has been reported since it was attached. Until then its rows stand
 * where estimates put them, which cannot tell whether a row is in view.
 */
export function isListLaidOut(element: Element | null): boolean {
  return element !== null && laidOut.has(element);
}

export function observeListRect(
  instance: Virtualizer<HTMLDivElement, HTMLDivElement>,
  onRect: (rect: Rect) => void,
): (() => void) | undefined {
  const element = instance.scrollElement;
  if (!element) return undefined;
  const Observer = element.ownerDocument.defaultView?.ResizeObserver;
  if (!Observer) {
    // Measured at once instead (jsdom).
    laidOut.add(element);
    return observeElementRect(instance, onRect);
  }
  const observer = new Observer(([entry]) => {
    const box = entry?.contentBoxSize[0];
    if (!box) return;
    laidOut.add(element);
    onRect({ width: Math.round(box.inlineSize), height: Math.round(box.blockSize) });
  });
  observer.observe(element);
  return () => observer.disconnect();
}

export function measureRow(
  element: HTMLDivElement,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<HTMLDivElement, HTMLDivElement>,
): number {
  const box = entry?.borderBoxSize[0];
  if (box) return Math.round(box.blockSize);
  // Without a ResizeObserver (jsdom), nothing would measure the row later. The row's own window
  // is asked: rows attach before the virtualizer meets its scroll element and window.
  if (!element.ownerDocument.defaultView?.ResizeObserver) return element.offsetHeight;
  const index = instance.indexFromElement(element);
  return instance.measurementsCache[index]?.size ?? instance.options.estimateSize(index);
}

const met = new WeakSet<Element>();

export const scrollList: VirtualizerOptions<HTMLDivElement, HTMLDivElement>['scrollToFn'] = (
  offset,
  options,
  instance,
) => {
  const element = instance.scrollElement;
  if (element && !met.has(element)) {
    met.add(element);
    if (offset + (options.adjustments ?? 0) === 0) return;
  }
  elementScroll(offset, options, instance);
};
