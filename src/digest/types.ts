/** One paper as the digest gives it. Text is kept as written; typography is the renderer's job. */
export interface DigestEntry {
  /** Stable, readable id derived from date and title, e.g. `2024-03-08-yi-open-foundation-models-by-01-ai`. */
  id: string;
  /** `YYYY-MM-DD`, or null when the entry comes before any (valid) date line. */
  date: string | null;
  title: string;
  /** Author names as written, split at commas. */
  authors: string[];
  /** Group label that opens the authors line (`01.AI` in `(01.AI: Alex Young, ...)`), else empty. */
  affiliation: string;
  /** English abstract; hard-wrapped lines joined with one space. Empty when the digest gives none. */
  abstract: string;
  /** Korean commentary, paragraphs separated by `\n`. */
  commentary: string;
  /** English rendering of the commentary that follows it in the digest, paragraphs separated by `\n`. */
  translation: string;
  /** Tags as written, without `#`. */
  tags: string[];
  /** URLs given for the paper: the URL line before the title, then URL-only lines of the body. */
  links: string[];
  /** 1-based line where the entry starts (its URL line, if any, else its title line). */
  line: number;
}

export interface DigestWarning {
  /** 1-based line number the warning is about. */
  line: number;
  /** The digest file the line is in, where entries come from several files. */
  file?: string;
  /** What was odd and what the parser did about it. */
  message: string;
}

export interface ParseResult {
  entries: DigestEntry[];
  warnings: DigestWarning[];
}
