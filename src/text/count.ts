/**
 * `12345` → `12,345`, as Korean writes counts. Written out by hand: the first `Intl.NumberFormat`
 * of a page loads locale data, a few milliseconds in the frame that first shows a count.
 */
export function formatCount(count: number): string {
  return String(Math.trunc(count)).replace(/\B(?=(\d{3})+$)/g, ',');
}
