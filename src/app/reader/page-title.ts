const SITE = '논문 다이제스트';

export interface ReaderTitleParts {
  /** The open paper's title as text, or null when no paper is open or it is not found. */
  paper: string | null;
  /** A paper is asked for that the whole digest lacks. */
  paperMissing: boolean;
  /** The list's heading (see `listHeading`). */
  heading: string;
}

/** The document title of the reader: the paper, else that it is missing, else the list. */
export function readerTitle({ paper, paperMissing, heading }: ReaderTitleParts): string {
  if (paper !== null) return `${paper} — ${SITE}`;
  if (paperMissing) return `논문을 찾을 수 없습니다 — ${SITE}`;
  return `${heading} — ${SITE}`;
}
