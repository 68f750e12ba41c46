import { tagKey } from '../catalog/tags.ts';
import type { DigestEntry } from '../digest/types.ts';
import { plainTitle, texToPlainText } from '../text/plain-text.ts';
import { arxivUrl } from './arxiv.ts';
import { clipAtWord, commentaryParagraphs, DESCRIPTION_LENGTH } from './commentary.ts';
import { escapeHtml, scriptJson } from './escape.ts';
import { feedPath, feedTitle, paperPath } from './paths.ts';
import { absoluteUrl, SITE_NAME, type SiteSettings } from './settings.ts';

/*
 * The HTML each prerendered page carries inside <head>, one element a line: its title and
 * description, the links and Open Graph / Twitter tags that sharing and search read, and its feeds.
 * Everything digest text reaches is escaped, so no title can add an element or an attribute.
 */

/** A list page: all papers (`/`) or one tag's (`/tags/:tag`). */
export interface ListPage {
  /** The list's heading as the app shows it, without the site's name. */
  title: string;
  description: string;
  /** The tag the list shows, or null for all papers. */
  tag: string | null;
  /** The page's path, `/` or `/tags/…`. */
  path: string;
}

interface PageMeta {
  title: string;
  description: string;
  /** The page's absolute URL, if known. */
  url: string | null;
  type: 'article' | 'website';
}

const element = (name: string, attributes: Readonly<Record<string, string>>, body?: string) => {
  let html = `<${name}`;
  for (const [attribute, value] of Object.entries(attributes)) {
    html += ` ${attribute}="${escapeHtml(value)}"`;
  }
  return body === undefined ? `${html}>` : `${html}>${body}</${name}>`;
};
const named = (name: string, content: string) => element('meta', { name, content });
const property = (key: string, content: string) => element('meta', { property: key, content });

/** The tags every page has: title, description, canonical link, Open Graph and Twitter card. */
function pageMeta({ title, description, url, type }: PageMeta): string[] {
  const lines = [`<title>${escapeHtml(`${title} — ${SITE_NAME}`)}</title>`];
  if (description !== '') lines.push(named('description', description));
  if (url !== null) lines.push(element('link', { rel: 'canonical', href: url }));
  lines.push(
    property('og:type', type),
    property('og:site_name', SITE_NAME),
    property('og:locale', 'ko_KR'),
    property('og:title', title),
  );
  if (description !== '') lines.push(property('og:description', description));
  if (url !== null) lines.push(property('og:url', url));
  lines.push(named('twitter:card', 'summary'), named('twitter:title', title));
  if (description !== '') lines.push(named('twitter:description', description));
  return lines;
}

/** Links to the whole digest's feed, then to each tag's; none without the site's URL (no feeds). */
function feedLinks(tags: readonly string[], site: SiteSettings): string[] {
  if (site.url === null) return [];
  return [null, ...tags].map((tag) =>
    element('link', {
      rel: 'alternate',
      type: 'application/atom+xml',
      title: feedTitle(tag),
      href: site.url + feedPath(tag),
    }),
  );
}

/** The tags as written, each once whatever its case (the first spelling kept). */
function distinctTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((tag) => {
    const key = tagKey(tag);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The commentary's opening as plain text, cut to a description; the abstract's without one. */
function paperDescription(commentary: string, abstract: string): string {
  const opening = commentaryParagraphs(commentary, DESCRIPTION_LENGTH * 2).join(' ');
  return clipAtWord(opening !== '' ? opening : abstract.replace(/\s+/g, ' ').trim());
}

/**
 * schema.org's description of the paper itself, the English original the page comments on: hence
 * `inLanguage` English, and `sameAs` its arXiv page.
 */
function scholarlyArticle(
  entry: DigestEntry,
  name: string,
  abstract: string,
  tags: readonly string[],
  url: string | null,
): Record<string, unknown> {
  const article: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    name,
    author: entry.authors
      .map((author) => author.trim())
      .filter((author) => author !== '')
      .map((author) => ({ '@type': 'Person', name: author })),
  };
  if (entry.date !== null) article.datePublished = entry.date;
  if (abstract !== '') article.abstract = abstract;
  if (tags.length > 0) article.keywords = tags.join(', ');
  article.inLanguage = 'en';
  if (url !== null) article.url = url;
  const arxiv = arxivUrl(entry.links);
  if (arxiv !== null) article.sameAs = arxiv;
  return article;
}

/** The `<head>` elements of a paper's page, `/papers/:id`. */
export function paperHead(entry: DigestEntry, site: SiteSettings): string {
  const title = plainTitle(entry.title);
  const url = absoluteUrl(site, paperPath(entry.id));
  const tags = distinctTags(entry.tags);
  const abstract = texToPlainText(entry.abstract);
  const description = paperDescription(entry.commentary, abstract);
  const lines = pageMeta({ title, description, url, type: 'article' });
  if (entry.date !== null) lines.push(property('article:published_time', entry.date));
  for (const tag of tags) lines.push(property('article:tag', tag));
  lines.push(
    ...feedLinks(tags, site),
    element(
      'script',
      { type: 'application/ld+json' },
      scriptJson(scholarlyArticle(entry, title, abstract, tags, url)),
    ),
  );
  return lines.join('\n');
}

/** The `<head>` elements of a list page, `/` or `/tags/:tag`. */
export function listHead({ title, description, tag, path }: ListPage, site: SiteSettings): string {
  const url = absoluteUrl(site, path);
  const lines = pageMeta({ title, description, url, type: 'website' });
  lines.push(...feedLinks(tag === null ? [] : [tag], site));
  return lines.join('\n');
}
