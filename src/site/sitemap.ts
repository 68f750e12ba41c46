import { escapeHtml, xmlCharacters } from './escape.ts';
import { SITEMAP_PATH } from './paths.ts';
import type { SiteSettings } from './settings.ts';

export interface SitemapPage {
  /** The page's path on the site, already URL-encoded (`/papers/2024-03-08-yi`). */
  path: string;
  /** When the page last changed, `YYYY-MM-DD`, or null when unknown. */
  lastmod: string | null;
}

/**
 * The sitemap of `pages` on the site at `siteUrl`. Search engines read at most 50,000 URLs from
 * one sitemap; a larger site needs a sitemap index.
 */
export function sitemapXml(pages: Iterable<SitemapPage>, siteUrl: string): string {
  const base = siteUrl.replace(/\/+$/, '');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
  ];
  for (const { path, lastmod } of pages) {
    const loc = `<loc>${escapeHtml(xmlCharacters(base + path))}</loc>`;
    lines.push(
      lastmod === null
        ? `<url>${loc}</url>`
        : `<url>${loc}<lastmod>${escapeHtml(xmlCharacters(lastmod))}</lastmod></url>`,
    );
  }
  lines.push('</urlset>', '');
  return lines.join('\n');
}

/** robots.txt: every crawler may read every page, and where the sitemap is when there is one. */
export function robotsTxt(site: SiteSettings): string {
  const rules = 'User-agent: *\nAllow: /\n';
  return site.url === null ? rules : `${rules}\nSitemap: ${site.url}${SITEMAP_PATH}\n`;
}
