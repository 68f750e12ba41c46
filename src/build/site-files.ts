import { join } from 'node:path';
import { tagKey, type Catalog } from '../catalog/index.ts';
import {
  digestFeed,
  feedPath,
  listHead,
  paperHead,
  robotsTxt,
  sitemapXml,
  SITEMAP_PATH,
  type SiteSettings,
  type SitemapPage,
} from '../site/index.ts';
import { hasOwnFile, listOrder, type PageHeads } from './prerender-pages.ts';
import { writeCompressed } from './write-compressed.ts';

/**
 * The files around the prerendered pages: each page's head, and the sitemap, robots.txt and the
 * Atom feeds (src/site writes their text; this writes the files).
 */

/** Each page's `<head>`, titled as the app titles it (see src/app/reader/page-title.ts). */
export function siteHeads(catalog: Catalog, site: SiteSettings): PageHeads {
  const newest = catalog.dates[0];
  return {
    paper: (entry) => paperHead(entry, site),
    list: ({ path, tag, label }) => {
      if (tag === null) {
        return listHead(
          {
            title: '전체 논문',
            description: `한국어로 읽는 ML 논문 다이제스트: ${catalog.entries.length}편의 초록과 해설을 나란히${newest ? `, ${newest}까지` : ''}.`,
            tag: null,
            path,
          },
          site,
        );
      }
      const count = catalog.tags.find((counted) => counted.key === tag)?.count ?? 0;
      return listHead(
        {
          title: `#${label ?? tag}`,
          description: `#${label ?? tag} 태그의 논문 ${count}편: 영어 초록과 한국어 해설.`,
          tag,
          path,
        },
        site,
      );
    },
  };
}

/**
 * Writes robots.txt always, and with the site's address the sitemap of every page and the feeds
 * of the whole digest and of each tag. Returns how many files it wrote.
 */
export function writeSiteFiles(
  outDir: string,
  catalog: Catalog,
  site: SiteSettings,
  pages: readonly SitemapPage[],
): number {
  let written = 0;
  const write = (path: string, text: string) => {
    writeCompressed(join(outDir, path), text);
    written++;
  };
  write('robots.txt', robotsTxt(site));
  if (site.url === null) return written;
  write(SITEMAP_PATH.slice(1), sitemapXml(pages, site.url));
  const newestFirst = listOrder(catalog);
  const whole = digestFeed({ entries: newestFirst, tag: null, site });
  if (whole !== null) write(feedPath(null).slice(1), whole);
  for (const { key } of catalog.tags) {
    if (!hasOwnFile(key)) continue;
    const entries = newestFirst.filter((entry) => entry.tags.some((tag) => tagKey(tag) === key));
    const feed = digestFeed({ entries, tag: key, site });
    if (feed !== null) write(decodeURIComponent(feedPath(key)).slice(1), feed);
  }
  return written;
}
