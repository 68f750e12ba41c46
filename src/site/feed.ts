import { generateAtomFeed, type AtomFeed } from 'feedsmith';
import { tagKey } from '../catalog/tags.ts';
import type { DigestEntry } from '../digest/types.ts';
import { plainTitle, texToPlainText } from '../text/plain-text.ts';
import { arxivUrl } from './arxiv.ts';
import { commentaryParagraphs } from './commentary.ts';
import { escapeHtml, xmlCharacters } from './escape.ts';
import { feedPath, feedTitle, paperPath, tagPath } from './paths.ts';
import { SITE_NAME, type SiteSettings } from './settings.ts';

/*
 * Atom feeds of the newest papers, built with feedsmith, which escapes every text and attribute
 * for XML. Digest text only has characters XML forbids taken out first.
 */

/** How many papers a feed lists: the newest ones. */
export const FEED_LENGTH = 50;

export interface DigestFeedOptions {
  /** The digest's papers, newest first; the whole digest or only the tag's papers. */
  entries: readonly DigestEntry[];
  /** The tag whose papers the feed lists, or null for the whole digest. */
  tag: string | null;
  site: SiteSettings;
}

/**
 * A paper's day as the moment it began where the digest is written (Korea, UTC+9), since the digest
 * names days, not times.
 */
function dayStart(date: string): Date {
  return new Date(`${date}T00:00:00+09:00`);
}

type DatedEntry = DigestEntry & { date: string };

/** Undated papers are left out: a feed is read by time, and Atom requires one. */
function newestDated(entries: readonly DigestEntry[], tag: string | null): DatedEntry[] {
  const key = tag === null ? null : tagKey(tag);
  const dated = entries.filter(
    (entry): entry is DatedEntry =>
      entry.date !== null &&
      (key === null || entry.tags.some((entryTag) => tagKey(entryTag) === key)),
  );
  // Entries arrive newest first; a stable sort keeps the digest's order within a day.
  dated.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return dated.slice(0, FEED_LENGTH);
}

/** The Korean commentary's paragraphs, then the English abstract, as HTML. */
function contentHtml(entry: DigestEntry): string {
  const paragraphs = commentaryParagraphs(entry.commentary).map(
    (paragraph) => `<p>${escapeHtml(paragraph)}</p>`,
  );
  const abstract = texToPlainText(entry.abstract);
  if (abstract !== '') paragraphs.push(`<p lang="en">${escapeHtml(abstract)}</p>`);
  return xmlCharacters(paragraphs.join('\n'));
}

function feedEntry(entry: DatedEntry, siteUrl: string): AtomFeed.Entry<Date> {
  const url = siteUrl + paperPath(entry.id);
  const links: AtomFeed.Link<Date>[] = [{ href: url, rel: 'alternate', type: 'text/html' }];
  const arxiv = arxivUrl(entry.links);
  if (arxiv !== null) links.push({ href: arxiv, rel: 'related' });
  const authors = entry.authors.map((author) => xmlCharacters(author).trim());
  return {
    id: url,
    title: { value: xmlCharacters(plainTitle(entry.title)) },
    links,
    updated: dayStart(entry.date),
    published: dayStart(entry.date),
    authors: authors.filter((name) => name !== '').map((name) => ({ name })),
    categories: entry.tags.map((tag) => ({ term: xmlCharacters(tag) })),
    content: { type: 'html', value: contentHtml(entry) },
  };
}

/**
 * The Atom feed of the newest {@link FEED_LENGTH} dated papers of the whole digest or of one tag,
 * to be served at {@link feedPath}; null without the site's URL, since a feed's links must be
 * absolute.
 */
export function digestFeed({ entries, tag, site }: DigestFeedOptions): string | null {
  if (site.url === null) return null;
  const siteUrl = site.url;
  const papers = newestDated(entries, tag);
  const pageUrl = siteUrl + (tag === null ? '/' : tagPath(tag));
  const newest = papers[0]?.date;
  return generateAtomFeed({
    id: pageUrl,
    title: { value: xmlCharacters(feedTitle(tag)) },
    // A feed with no dated papers has not changed since the epoch: the build's time would make
    // every build differ.
    updated: newest ? dayStart(newest) : new Date(0),
    links: [
      { href: pageUrl, rel: 'alternate', type: 'text/html' },
      { href: siteUrl + feedPath(tag), rel: 'self', type: 'application/atom+xml' },
    ],
    authors: [{ name: SITE_NAME, uri: `${siteUrl}/` }],
    entries: papers.map((paper) => feedEntry(paper, siteUrl)),
  });
}
