import { entryId, slugify } from './entry-id';
import { DigestLines, LineKind, readDate, readTags } from './lines';
import type { DigestEntry, DigestWarning, ParseResult } from './types';

const CLOSE_PAREN = 0x29;
const HASH = 0x23;
/** Longer lines are prose, not titles, when deciding where an untagged entry ends. */
const MAX_TITLE = 400;

/**
 * Reads digest text into entries. Never throws, and runs in time linear in the input: every line
 * is classified once, and the grammar visits each line a constant number of times.
 */
export function parseDigest(text: string): ParseResult {
  return new DigestParser(text).parse();
}

class DigestParser {
  private readonly lines: DigestLines;
  private readonly next: Int32Array;
  private readonly warnings: DigestWarning[] = [];
  private readonly ids = new Set<string>();
  /** First line of each title seen, by slug, to report repeated papers. */
  private readonly titles = new Map<string, number>();

  constructor(text: string) {
    this.lines = new DigestLines(text);
    this.next = this.lines.nextNonBlank;
    for (const { line, count } of this.lines.controlChars) {
      this.warn(line, `removed ${count} control character${count === 1 ? '' : 's'}`);
    }
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
        this.warn(i + 1, 'tag line outside any entry; ignored it');
        i = this.after(i);
        continue;
      }
      let titleIndex = i;
      if (kind === LineKind.Url) {
        titleIndex = this.after(i);
        if (!isTitleKind(lines.kind(titleIndex))) {
          this.warn(i + 1, 'URL line with no title after it; ignored it');
          i = titleIndex;
          continue;
        }
      }
      const { entry, end } = this.readEntry(i, titleIndex, date);
      entries.push(entry);
      i = end;
    }
    return { entries, warnings: this.warnings };
  }

  private readEntry(
    start: number,
    titleIndex: number,
    date: string | null,
  ): { entry: DigestEntry; end: number } {
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
        'no authors line in parentheses after the title; left authors empty',
      );
    }

    const body: number[] = [];
    let tags: string[] = [];
    let end = lines.count;
    for (; i < lines.count; i = this.after(i)) {
      const kind = lines.kind(i);
      if (kind === LineKind.Tags) {
        tags = readTags(lines.text(i));
        end = this.after(i);
        break;
      }
      if (kind === LineKind.Date || this.startsEntry(i)) {
        end = i;
        break;
      }
      body.push(i);
    }
    if (tags.length === 0) this.warn(titleIndex + 1, 'entry has no tag line; left its tags empty');

    const { abstract, commentary, translation, links } = this.splitBody(body);
    if (start !== titleIndex) links.unshift(lines.text(start));
    const slug = slugify(title);
    const seenAt = this.titles.get(slug);
    if (seenAt === undefined) this.titles.set(slug, titleIndex + 1);
    else {
      this.warn(
        titleIndex + 1,
        `title repeats the entry at line ${seenAt}; kept both with distinct ids`,
      );
    }
    const id = entryId({ date, slug, authors, abstract, commentary }, this.ids);
    const entry: DigestEntry = {
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
      line: start + 1,
    };
    return { entry, end };
  }

  /**
   * Within an entry's body, a new entry with no tag line closing the previous one is recognised by
   * its shape: an optional URL line, a title line without Hangul, then a names-only authors line.
   */
  private startsEntry(i: number): boolean {
    const { lines } = this;
    let titleIndex = i;
    if (lines.kind(i) === LineKind.Url) titleIndex = this.after(i);
    if (
      lines.kind(titleIndex) !== LineKind.Text ||
      lines.length(titleIndex) > MAX_TITLE ||
      lines.hasHangul(titleIndex)
    ) {
      return false;
    }
    return this.looksLikeAuthors(this.after(titleIndex));
  }

  private looksLikeAuthors(i: number): boolean {
    const { lines } = this;
    if (lines.kind(i) !== LineKind.Paren || !lines.endsWith(i, CLOSE_PAREN)) return false;
    if (lines.hasHangul(i)) return false;
    const inner = lines.text(i).slice(1, -1);
    if (inner.includes('://')) return false;
    return splitAffiliation(inner)
      .names.split(',')
      .every((name) => wordCount(name) <= 8);
  }

  private readDateLine(i: number): string | null {
    const reading = readDate(this.lines.text(i));
    if (reading.ok) return reading.date;
    this.warn(
      i + 1,
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
      this.warn(i + 1, 'authors line has no closing parenthesis; read it to the end of the line');
    const { label, names } = splitAffiliation(inner);
    const authors: string[] = [];
    for (const name of names.split(',')) {
      const trimmed = name.trim();
      if (trimmed) authors.push(trimmed);
    }
    return { authors, affiliation: label };
  }

  /**
   * The body is the English abstract (leading lines with no Hangul and no bare URL), then the
   * Korean commentary. Prose with no Hangul after the last Korean line is the commentary's English
   * rendering. URL-only lines stay where they stand and are also collected as links.
   */
  private splitBody(body: number[]): {
    abstract: string;
    commentary: string;
    translation: string;
    links: string[];
  } {
    const { lines } = this;
    let start = 0;
    while (start < body.length && this.isAbstractLine(body[start] as number)) start++;

    let lastHangul = -1;
    for (let j = start; j < body.length; j++) {
      if (lines.hasHangul(body[j] as number)) lastHangul = j;
    }
    let translationStart = body.length;
    if (lastHangul >= 0) {
      for (let j = lastHangul + 1; j < body.length; j++) {
        if (this.isEnglishProse(body[j] as number)) {
          translationStart = j;
          break;
        }
      }
    }
    const links: string[] = [];
    for (let j = start; j < body.length; j++) {
      const line = body[j] as number;
      if (lines.kind(line) === LineKind.Url) links.push(lines.text(line));
    }
    return {
      abstract: lines.join(body.slice(0, start), ' '),
      commentary: lines.join(body.slice(start, translationStart), '\n'),
      translation: lines.join(body.slice(translationStart), '\n'),
      links,
    };
  }

  private isAbstractLine(i: number): boolean {
    const { lines } = this;
    return lines.kind(i) !== LineKind.Url && !lines.startsWith(i, HASH) && !lines.hasHangul(i);
  }

  private isEnglishProse(i: number): boolean {
    return this.isAbstractLine(i) && wordCount(this.lines.text(i)) >= 3;
  }

  /** The first non-blank line after line `i`. */
  private after(i: number): number {
    return this.next[i + 1] ?? this.lines.count;
  }

  private warn(line: number, message: string): void {
    this.warnings.push({ line, message });
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

function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 0x20;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
