import { paperPath } from '../../features/navigation/paths';

/**
 * Gives the keyboard back to the list in `pane`: the row of `id` (the cursor's or the open
 * paper's) when it is rendered, else the first row in view; with no rows, the page, where j and k
 * still move through the list.
 */
export function focusList(pane: HTMLElement, id: string | null): void {
  const links = [...pane.querySelectorAll<HTMLAnchorElement>('[role="list"] h4 a[href]')];
  const path = id === null ? null : paperPath(id);
  const row =
    links.find((link) => path !== null && link.getAttribute('href')?.split('?')[0] === path) ??
    links.find(isInView);
  if (row) row.focus();
  else if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
}

/** Rows above and below the view are rendered too, and focusing one would scroll the list. */
function isInView(link: HTMLElement): boolean {
  const scroller = link.closest('[role="list"]')?.parentElement;
  if (!scroller) return false;
  const view = scroller.getBoundingClientRect();
  const row = link.getBoundingClientRect();
  return row.top >= view.top && row.bottom <= view.bottom;
}
