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

/** What a warning is about, so that a reader can be told in their own language. */
export type DigestWarningKind =
  /** A date line naming a day that does not exist (`2024년 2월 30일`): its entries are undated. */
  | 'impossible-date'
  /** A tag line outside any entry: skipped. */
  | 'stray-tags'
  /** A URL line with no title after it: skipped. */
  | 'url-without-title'
  | 'no-authors'
  | 'unclosed-authors'
  | 'no-tags'
  | 'repeated-title'
  | 'control-characters'
  | 'invalid-utf8'
  /** A paper that an earlier file of the same digest already holds. */
  | 'repeated-paper';

export interface DigestWarning {
  /** 1-based line number the warning is about. */
  line: number;
  /** The digest file the line is in, where entries come from several files. */
  file?: string;
  kind: DigestWarningKind;
  /** What was odd and what the parser did about it. */
  message: string;
  /** The line as written, trimmed and cut short when long, so that it can be recognised. */
  quote?: string;
}

export interface ParseResult {
  entries: DigestEntry[];
  warnings: DigestWarning[];
}
