/** The site's name, as the app's header and document titles give it. */
export const SITE_NAME = '논문 다이제스트';

export interface SiteSettings {
  /**
   * The site's absolute origin and base path without a trailing slash (`https://digest.example`,
   * `https://someone.github.io/digest`), or null when the build was not told where the site lives.
   */
  url: string | null;
}

/**
 * The settings for a `SITE_URL` build setting as given: trimmed, its trailing slashes dropped, and
 * null when it is unset or blank. Anything but an absolute http(s) URL without query or fragment is
 * refused, since every canonical link, sitemap entry and feed link would be built on it.
 */
export function siteSettings(siteUrl: string | null | undefined): SiteSettings {
  const given = siteUrl?.trim() ?? '';
  if (given === '') return { url: null };
  let parsed: URL;
  try {
    parsed = new URL(given);
  } catch {
    throw new Error(
      `SITE_URL must be an absolute URL such as https://digest.example, not "${given}"`,
    );
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`SITE_URL must be an http or https URL, not "${given}"`);
  }
  if (
    parsed.search !== '' ||
    parsed.hash !== '' ||
    parsed.username !== '' ||
    parsed.password !== ''
  ) {
    throw new Error(`SITE_URL must be an origin and a path only, not "${given}"`);
  }
  return { url: parsed.href.replace(/\/+$/, '') };
}

/** `path` (starting with `/`) on the site, or null when the site's URL is unknown. */
export function absoluteUrl(site: SiteSettings, path: string): string | null {
  return site.url === null ? null : site.url + path;
}

/**
 * What the build leaves out for want of the site's URL, one line each, for the build to print; none
 * when the URL is known.
 */
export function missingSiteUrlNotes(site: SiteSettings): string[] {
  if (site.url !== null) return [];
  return [
    'SITE_URL is not set, so pages have no canonical link, og:url or JSON-LD url.',
    'SITE_URL is not set, so there is no sitemap.xml and robots.txt names none.',
    'SITE_URL is not set, so there are no Atom feeds (they need absolute links) and pages link to none.',
  ];
}
