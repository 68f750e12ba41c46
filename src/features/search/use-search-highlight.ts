import { useEffect, type RefObject } from 'react';
// From their modules, not the folder's index, which names the engine and so would load it up front.
import { normalizeWithOffsets } from '../../search/normalize';
import { parseQuery } from '../../search/query';

const NAME = 'search-match';

/**
 * Marks the search's terms inside rendered text (the detail pane's Markdown and typeset
 * abstract) with the CSS Custom Highlight API: no change to the DOM that React renders. Where the
 * browser lacks the API, nothing is marked.
 */
export function useSearchHighlight(
  container: RefObject<HTMLElement | null>,
  query: string,
  /** Changes whenever the container shows other content. */
  contentKey: unknown,
): void {
  useEffect(() => {
    const root = container.current;
    if (!root || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const terms = parseQuery(query)
      .terms.filter((term) => !term.exclude)
      .map((term) => term.text);
    if (terms.length === 0) {
      CSS.highlights.delete(NAME);
      return;
    }
    const mark = () => {
      const ranges: Range[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const original = node.textContent ?? '';
        if (!original.trim()) continue;
        const { text, starts, ends } = normalizeWithOffsets(original);
        for (const term of terms) {
          for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length)) {
            const range = document.createRange();
            range.setStart(node, starts[at] ?? 0);
            range.setEnd(node, ends[at + term.length - 1] ?? original.length);
            ranges.push(range);
          }
        }
      }
      CSS.highlights.set(NAME, new Highlight(...ranges));
    };
    mark();
    // Lazy parts (the detail chunk, KaTeX) render after this effect.
    const observer = new MutationObserver(mark);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      CSS.highlights.delete(NAME);
    };
  }, [container, query, contentKey]);
}
