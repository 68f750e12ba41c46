import { useEffect, useState } from 'react';

/**
 * False until the browser has painted the component's first frame, then true. Parts of a page that
 * can wait (rows out of view, a long sidebar) render a frame later, so that the first frame's
 * layout stays short: on a first load, with the web font still arriving, layout is the slowest
 * part of it.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame's callbacks run just before its paint; the timer fires after it.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
