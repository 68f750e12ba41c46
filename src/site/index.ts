/**
 * What the build writes beside each prerendered page, from the digest and the site's settings:
 * the page's `<head>`, the sitemap, robots.txt and Atom feeds. Plain TypeScript, no React or DOM;
 * every function returns text to write as it is, all digest text in it escaped.
 *
 * - `siteSettings(process.env.SITE_URL)`: where the site lives. Without it there are no absolute
 *   URLs, so no canonical links, sitemap or feeds; `missingSiteUrlNotes` says so for the build log.
 * - `paperHead(entry, site)`, `listHead(page, site)`: the elements for inside `<head>` of
 *   `/papers/:id`, and of `/` and `/tags/:tag`.
 * - `sitemapXml(pages, site.url)`, `robotsTxt(site)`: written at `SITEMAP_PATH` and `/robots.txt`.
 * - `digestFeed({ entries, tag, site })`: the Atom feed of the newest papers, written at
 *   `feedPath(tag)`; the feed library it uses is a build-time dependency only.
 * - `paperPath`, `tagPath`: where those pages live, as the app links them.
 */
export { missingSiteUrlNotes, siteSettings, SITE_NAME, type SiteSettings } from './settings.ts';
export { paperHead, listHead, type ListPage } from './head.ts';
export { sitemapXml, robotsTxt, type SitemapPage } from './sitemap.ts';
export { digestFeed, FEED_LENGTH, type DigestFeedOptions } from './feed.ts';
export { feedPath, paperPath, tagPath, SITEMAP_PATH } from './paths.ts';
