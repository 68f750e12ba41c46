/**
 * The bookmarks as a bibliography (BibTeX) or a reading list (Markdown). Kept apart from the JSON
 * export because reading titles and abstracts as TeX takes the whole typesetter, which the app
 * fetches only when one of these files is asked for.
 */
import { arxivId, formatKoreanDate, paperLinks } from '../catalog/index.ts';
import type { DigestEntry } from '../digest/index.ts';
import { plainTitle } from '../text/index.ts';
import { latexAbstract, latexText, latexTitle, latexUrl, verbatimUrl } from './latex.ts';
import { getOwn } from './records.ts';
import type { LibraryData } from './schema.ts';

/**
 * One `@misc` per bookmarked paper, in digest order, then papers no longer in the digest in the
 * order they were saved (from the title and date saved with the bookmark). The file is UTF-8. A
 * citation carries what cites the paper (title, authors, year, link, arXiv id, abstract), never the
 * digest's commentary or the reader's private notes.
 */
export function exportBibtex(entries: readonly DigestEntry[], data: LibraryData): string {
  const taken = new Set<string>();
  return bookmarkedPapers(entries, data)
    .map((paper) => bibtexEntry(paper, uniqueKey(citationKey(paper), taken)))
    .join('\n');
}

/** A reading list of the bookmarked papers, in the order of {@link exportBibtex}. */
export function exportMarkdown(entries: readonly DigestEntry[], data: LibraryData): string {
  return `${['# 내 서재', ...bookmarkedPapers(entries, data).map(markdownSection)].join('\n\n')}\n`;
}

interface Paper {
  id: string;
  title: string;
  date: string | null;
  authors: string[];
  links: string[];
  tags: string[];
  abstract: string;
  commentary: string;
  note: string | null;
}

function bookmarkedPapers(entries: readonly DigestEntry[], data: LibraryData): Paper[] {
  const note = (id: string) => getOwn(data.notes, id)?.text.trim() ?? null;
  const papers: Paper[] = [];
  const listed = new Set<string>();
  for (const { id, title, date, authors, links, tags, abstract, commentary } of entries) {
    if (listed.has(id) || !getOwn(data.bookmarks, id)) continue;
    listed.add(id);
    papers.push({ id, title, date, authors, links, tags, abstract, commentary, note: note(id) });
  }
  const gone = Object.values(data.bookmarks)
    .filter((bookmark) => !listed.has(bookmark.id))
    .sort((a, b) => Date.parse(a.savedAt) - Date.parse(b.savedAt));
  for (const { id, title, date } of gone) {
    papers.push({
      id,
      title,
      date,
      authors: [],
      links: [],
      tags: [],
      abstract: '',
      commentary: '',
      note: note(id),
    });
  }
  return papers;
}

function displayTitle(paper: Paper): string {
  return plainTitle(paper.title).trim() || paper.id;
}

function bibtexEntry(paper: Paper, key: string): string {
  const title = paper.title.trim() ? latexTitle(paper.title) : latexText(paper.id);
  const fields: Array<[string, string]> = [['title', `{${title}}`]];
  const authors = paper.authors.filter((name) => name.trim() !== '');
  if (authors.length > 0) fields.push(['author', authors.map(bibtexName).join(' and ')]);
  if (paper.date) fields.push(['year', paper.date.slice(0, 4)]);
  const eprint = paper.links.map(arxivId).find((id) => id !== null);
  const url = paperLinks(paper).arxiv ?? paper.links[0];
  if (url) fields.push(['url', verbatimUrl(url)]);
  if (eprint) fields.push(['eprint', eprint], ['archivePrefix', 'arXiv']);
  else if (url) fields.push(['howpublished', `\\url{${latexUrl(url)}}`]);
  const abstract = latexAbstract(paper.abstract);
  if (abstract !== '') fields.push(['abstract', abstract]);
  return `@misc{${key},\n${fields.map(([name, value]) => `  ${name} = {${value}},\n`).join('')}}\n`;
}

/** BibTeX splits authors at a free-standing "and", so a name containing one is kept whole. */
function bibtexName(name: string): string {
  const tex = latexText(name);
  return /\sand\s/i.test(name) ? `{${tex}}` : tex;
}

const ARTICLES = /* @__PURE__ */ new Set(['a', 'an', 'the']);

/** First author's surname, year and first title word, e.g. `young2024yi`: ASCII only. */
function citationKey(paper: Paper): string {
  const surname = asciiWord(paper.authors[0]?.trim().split(/\s+/).at(-1) ?? '');
  const year = paper.date?.slice(0, 4) ?? '';
  const word =
    displayTitle(paper)
      .split(/\s+/)
      .map(asciiWord)
      .find((w) => w !== '' && !ARTICLES.has(w)) ?? '';
  return `${surname}${year}${word}` || 'paper';
}

/** Letters and digits only, accents dropped (`García` → `garcia`); Hangul leaves nothing. */
function asciiWord(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
}

/** `key`, else `key` with the first free suffix of a, b, …, z, aa, ab, … */
function uniqueKey(key: string, taken: Set<string>): string {
  let candidate = key;
  for (let n = 1; taken.has(candidate); n++) candidate = key + letters(n);
  taken.add(candidate);
  return candidate;
}

function letters(n: number): string {
  let suffix = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    suffix = String.fromCharCode(97 + ((rest - 1) % 26)) + suffix;
  }
  return suffix;
}

function markdownSection(paper: Paper): string {
  const link = paperLinks(paper).arxiv ?? paper.links[0];
  const facts = [
    ...(link ? [`- 링크: <${link.replace(/[<>\s]/g, encodeURIComponent)}>`] : []),
    `- 날짜: ${formatKoreanDate(paper.date)}`,
    ...(paper.tags.length > 0 ? [`- 태그: ${paper.tags.map((tag) => `#${tag}`).join(' ')}`] : []),
  ];
  const authors = paper.authors.filter((name) => name.trim() !== '');
  if (authors.length > 0) facts.unshift(`- 저자: ${markdownText(authors.join(', '))}`);
  const blocks = [`## ${markdownText(displayTitle(paper))}`, facts.join('\n')];
  const paragraphs = paper.commentary.split('\n').filter((line) => line.trim() !== '');
  if (paragraphs.length > 0) blocks.push(paragraphs.map((line) => `> ${line}`).join('\n>\n'));
  if (paper.note !== null) blocks.push('### 내 메모', paper.note);
  return blocks.join('\n\n');
}

/** A title is plain text, so anything Markdown would read as syntax is escaped. */
function markdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~$&]/g, '\\$&');
}
