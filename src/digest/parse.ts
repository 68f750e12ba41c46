import { entryId } from './entry-id.ts';
import { countWords, DigestLines, isWhiteSpace, LineKind, readDate } from './lines.ts';
import { quoteLine } from './quote.ts';
import type { DigestEntry, DigestWarning, DigestWarningKind, ParseResult } from './types.ts';

const CLOSE_PAREN = 0x29;
const HASH = 0x23;
/** Longer lines are prose, not titles, when deciding where an untagged entry ends. */
const MAX_TITLE = 400;

/**
 * Reads digest text into entries. Never throws, and runs in time linear in the input: every line
 * is classified once, and the grammar visits each line a constant number of times.
 */
export function parseDigest(text: string): ParseResult {
  return parsePiece(text, newParseState());
}

/**
 * What parsing one piece of a digest leaves for the next piece: the ids given so far, the first
 * line of each title, and where the next piece starts. A digest cut at date lines parses piece by
 * piece into exactly what it parses into whole.
 */
export interface ParseState {
  ids: Set<string>;
  titles: Map<string, number>;
  /** Lines before the next piece. */
  lineOffset: number;
}

export function newParseState(): ParseState {
  return { ids: new Set(), titles: new Map(), lineOffset: 0 };
}

/** Parses `text` as the piece of a digest that follows `state`, and advances `state` past it. */
export function parsePiece(text: string, state: ParseState): ParseResult {
  const parser = new DigestParser(text, state);
  const result = parser.parse();
  state.lineOffset += parser.lineCount;
  return result;
}

class DigestParser {
  private readonly lines: DigestLines;
  private readonly next: Int32Array;
  private readonly warnings: DigestWarning[] = [];
  private readonly ids: Set<string>;
  /** First line of each title seen, by slug, to report repeated papers. */
  private readonly titles: Map<string, number>;
  private readonly lineOffset: number;
  /** Where the entry that `readEntry` last read ends: the first line after it. */
  private end = 0;

  constructor(text: string, state: ParseState) {
    this.lines = new DigestLines(text);
    this.next = this.lines.nextNonBlank;
    this.ids = state.ids;
    this.titles = state.titles;
    this.lineOffset = state.lineOffset;
  }

  /** Lines the next piece starts after: every piece but the last ends in a line break. */
  get lineCount(): number {
    return this.lines.count - 1;
  }

  parse(): ParseResult {
    const { lines } = this;
    const entries: DigestEntry[] = [];
    let date: string | null = null;
    let i = this.after(-1);
    while (i < lines.count) {
      const kind = lines.kind(i);
      if (kind === LineKind.Date) {
        date = this.readDateLine(i);
        i = this.after(i);
        continue;
      }
      if (kind === LineKind.Tags) {
        this.warn(i + 1, 'stray-tags', 'tag line outside any entry; ignored it');
        i = this.after(i);
        continue;
      }
      let titleIndex = i;
      if (kind === LineKind.Url) {
        titleIndex = this.after(i);
        if (!isTitleKind(lines.kind(titleIndex))) {
          this.warn(i + 1, 'url-without-title', 'URL line with no title after it; ignored it');
          i = titleIndex;
          continue;
        }
      }
      entries.push(this.readEntry(i, titleIndex, date));
      i = this.end;
    }
    return { entries, warnings: this.sortedWarnings() };
  }

  private readEntry(start: number, titleIndex: number, date: string | null): DigestEntry {
    const { lines } = this;
    const title = lines.text(titleIndex);
    let authors: string[] = [];
    let affiliation = '';
    let i = this.after(titleIndex);
    if (lines.kind(i) === LineKind.Paren) {
      ({ authors, affiliation } = this.readAuthors(i));
      i = this.after(i);
    } else {
      this.warn(
        titleIndex + 1,
        'no-authors',
        'no authors line in parentheses after the title; left authors empty',
      );
    }

    const bodyStart = i;
    let tags: string[] = [];
    this.end = lines.count;
    for (; i < lines.count; i = this.after(i)) {
      const kind = lines.kind(i);
      if (kind === LineKind.Tags) {
        tags = lines.tags(i);
        this.end = this.after(i);
        break;
      }
      if (kind === LineKind.Date || this.startsEntry(i)) {
        this.end = i;
        break;
      }
    }
    if (tags.length === 0) {
      this.warn(titleIndex + 1, 'no-tags', 'entry has no tag line; left its tags empty');
    }

    const { abstract, commentary, translation, links } = this.splitBody(bodyStart, i);
    if (start !== titleIndex) links.unshift(lines.text(start));
    const slug = lines.slug(titleIndex);
    const seenAt = this.titles.get(slug);
    if (seenAt === undefined) this.titles.set(slug, titleIndex + 1 + this.lineOffset);
    else {
      this.warn(
        titleIndex + 1,
        'repeated-title',
        `title repeats the entry at line ${seenAt}; kept both with distinct ids`,
      );
    }
    const id = entryId({ date, slug, authors, abstract, commentary }, this.ids);
    return {
      id,
      date,
      title,
      authors,
      affiliation,
      abstract,
      commentary,
      translation,
      tags,
      links,
      line: start + 1 + this.lineOffset,
    };
  }

  /**
   * Within an entry's body, a new entry with no tag line closing the previous one is recognised by
   * its shape: an optional URL line, a title line without Hangul, then a names-only authors line.
   * The cheapest test, whether a parenthesised line follows, comes first.
   */
  private startsEntry(i: number): boolean {
    const { lines } = this;
    let titleIndex = i;
    if (lines.kind(i) === LineKind.Url) titleIndex = this.after(i);
    if (lines.kind(titleIndex) !== LineKind.Text) return false;
    const authorsIndex = this.after(titleIndex);
    if (lines.kind(authorsIndex) !== LineKind.Paren) return false;
    if (lines.length(titleIndex) > MAX_TITLE || lines.hasHangul(titleIndex)) return false;
    return this.looksLikeAuthors(authorsIndex);
  }

  private looksLikeAuthors(i: number): boolean {
    const { lines } = this;
    if (!lines.endsWith(i, CLOSE_PAREN) || lines.hasHangul(i)) return false;
    const inner = lines.text(i).slice(1, -1);
    if (inner.includes('://')) return false;
    return splitAffiliation(inner)
      .names.split(',')
      .every((name) => countWords(name, 0, name.length, 9) <= 8);
  }

  private readDateLine(i: number): string | null {
    const reading = readDate(this.lines.text(i));
    if (reading.ok) return reading.date;
    this.warn(
      i + 1,
      'impossible-date',
      `impossible date ${reading.year}-${reading.month}-${reading.day}; ` +
        'entries after it are undated until the next date line',
    );
    return null;
  }

  private readAuthors(i: number): { authors: string[]; affiliation: string } {
    const line = this.lines.text(i);
    let inner = line.slice(1);
    if (this.lines.endsWith(i, CLOSE_PAREN)) inner = inner.slice(0, -1);
    else
      this.warn(
        i + 1,
        'unclosed-authors',
        'authors line has no closing parenthesis; read it to the end of the line',
      );
    const { label, names } = splitAffiliation(inner);
    return { authors: splitNames(names), affiliation: label };
  }

  /**
   * The body, the non-blank lines from `from` up to `to`, is the English abstract (leading lines
   * with no Hangul and no bare URL), then the Korean commentary. Prose with no Hangul after the
   * last Korean line is the commentary's English rendering. URL-only lines stay where they stand
   * and are also collected as links.
   */
  private splitBody(
    from: number,
    to: number,
  ): { abstract: string; commentary: string; translation: string; links: string[] } {
    const { lines } = this;
    let commentaryStart = from;
    while (commentaryStart < to && this.isAbstractLine(commentaryStart)) {
      commentaryStart = this.after(commentaryStart);
    }
    let lastHangul = -1;
    const links: string[] = [];
    for (let j = commentaryStart; j < to; j = this.after(j)) {
      if (lines.hasHangul(j)) lastHangul = j;
      if (lines.kind(j) === LineKind.Url) links.push(lines.text(j));
    }
    let translationStart = to;
    if (lastHangul >= 0) {
      for (let j = this.after(lastHangul); j < to; j = this.after(j)) {
        if (this.isEnglishProse(j)) {
          translationStart = j;
          break;
        }
      }
    }
    return {
      abstract: lines.join(from, commentaryStart, ' '),
      commentary: lines.join(commentaryStart, translationStart, '\n'),
      translation: lines.join(translationStart, to, '\n'),
      links,
    };
  }

  private isAbstractLine(i: number): boolean {
    const { lines } = this;
    return lines.kind(i) !== LineKind.Url && !lines.startsWith(i, HASH) && !lines.hasHangul(i);
  }

  private isEnglishProse(i: number): boolean {
    return this.isAbstractLine(i) && this.lines.wordCount(i, 3) >= 3;
  }

  /** Warnings in line order, those about control characters merged in where their lines are. */
  private sortedWarnings(): DigestWarning[] {
    for (const { line, count } of this.lines.controlChars) {
      this.warn(
        line,
        'control-characters',
        `removed ${count} control character${count === 1 ? '' : 's'}`,
      );
    }
    return this.warnings.sort((a, b) => a.line - b.line);
  }

  /** The first non-blank line after line `i`. */
  private after(i: number): number {
    return this.next[i + 1] ?? this.lines.count;
  }

  /** Warns about line `line` (1-based within this piece), quoting it. */
  private warn(line: number, kind: DigestWarningKind, message: string): void {
    this.warnings.push({
      line: line + this.lineOffset,
      kind,
      message,
      quote: quoteLine(this.lines.text(line - 1)),
    });
  }
}

function isTitleKind(kind: LineKind): boolean {
  return kind === LineKind.Text || kind === LineKind.Paren;
}

/** `01.AI: Alex Young, Bei Chen` opens with a group label; a colon after a comma is not one. */
function splitAffiliation(inner: string): { label: string; names: string } {
  const colon = inner.indexOf(': ');
  if (colon <= 0 || colon > 80) return { label: '', names: inner };
  const label = inner.slice(0, colon);
  if (label.includes(',')) return { label: '', names: inner };
  return { label: label.trim(), names: inner.slice(colon + 2) };
}

/** Names split at commas and trimmed, each sliced once from `names`. */
function splitNames(names: string): string[] {
  const authors: string[] = [];
  let from = 0;
  while (from <= names.length) {
    let to = names.indexOf(',', from);
    if (to === -1) to = names.length;
    let start = from;
    let end = to;
    while (start < end && isWhiteSpace(names.charCodeAt(start))) start++;
    while (end > start && isWhiteSpace(names.charCodeAt(end - 1))) end--;
    if (end > start) authors.push(names.slice(start, end));
    from = to + 1;
  }
  return authors;
}
