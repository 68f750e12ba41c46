/**
 * Resolves once the next animation frame and the task after it have run: when
 * `useAfterFirstPaint` turns true. Wrap it in `act` so that React renders what follows.
 */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
