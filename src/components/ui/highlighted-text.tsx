export type TextRange = readonly [start: number, end: number];

/** Text with the given ranges (sorted, not overlapping) marked, e.g. search matches. */
export function HighlightedText({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  if (ranges.length === 0) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start >= text.length) break;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark
        key={start}
        className="rounded-sm bg-amber-200 text-inherit dark:bg-amber-500/40 dark:text-inherit"
      >
        {text.slice(Math.max(start, at), Math.min(end, text.length))}
      </mark>,
    );
    at = Math.max(at, Math.min(end, text.length));
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
