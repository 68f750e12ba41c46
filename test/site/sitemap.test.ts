// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { paperPath, robotsTxt, siteSettings, sitemapXml, tagPath } from '../../src/site';
import { parseXml } from './parse';

describe('sitemapXml', () => {
  const pages = [
    { path: '/', lastmod: '2024-03-08' },
    { path: tagPath('R&D'), lastmod: null },
    { path: paperPath('2024-03-08-yi'), lastmod: '2024-03-08' },
    { path: paperPath('2024-03-07-모델 & "따옴표"'), lastmod: '2024-03-07' },
  ];

  it('lists every page at its absolute URL, with its last change where known', () => {
    const sitemap = parseXml(sitemapXml(pages, 'https://digest.example/'));
    expect(sitemap.documentElement.namespaceURI).toBe(
      'http://www.sitemaps.org/schemas/sitemap/0.9',
    );
    const urls = [...sitemap.getElementsByTagName('url')].map((url) => ({
      loc: url.getElementsByTagName('loc')[0]?.textContent,
      lastmod: url.getElementsByTagName('lastmod')[0]?.textContent ?? null,
    }));
    expect(urls).toEqual([
      { loc: 'https://digest.example/', lastmod: '2024-03-08' },
      { loc: 'https://digest.example/tags/r%26d', lastmod: null },
      { loc: 'https://digest.example/papers/2024-03-08-yi', lastmod: '2024-03-08' },
      {
        loc: `https://digest.example/papers/${encodeURIComponent('2024-03-07-모델 & "따옴표"')}`,
        lastmod: '2024-03-07',
      },
    ]);
  });

  it('escapes what XML reads as markup', () => {
    const xml = sitemapXml([{ path: "/a?b=1&c='2'", lastmod: null }], 'https://digest.example');
    expect(xml).toContain('<loc>https://digest.example/a?b=1&amp;c=&#39;2&#39;</loc>');
    expect(parseXml(xml).getElementsByTagName('loc')[0]?.textContent).toBe(
      "https://digest.example/a?b=1&c='2'",
    );
  });
});

describe('robotsTxt', () => {
  it('lets every crawler read everything and names the sitemap', () => {
    expect(robotsTxt(siteSettings('https://digest.example/'))).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://digest.example/sitemap.xml\n',
    );
  });

  it('names no sitemap without the site URL', () => {
    expect(robotsTxt(siteSettings(undefined))).toBe('User-agent: *\nAllow: /\n');
  });
});
