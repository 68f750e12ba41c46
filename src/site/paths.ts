import { tagKey } from '../catalog/tags.ts';
import { SITE_NAME } from './settings.ts';

/*
 * The app's paths as the site's pages and feeds live at them. They repeat the encoders of
 * src/features/navigation/paths.ts, which core modules may not import; the two must agree.
 */

export function paperPath(id: string): string {
  return `/papers/${encodeURIComponent(id)}`;
}

/** A tag's page, under the key the app links it by (`LLM` and `llm` are one page, `/tags/llm`). */
export function tagPath(tag: string): string {
  return `/tags/${encodeURIComponent(tagKey(tag))}`;
}

/** The Atom feed of the whole digest (`tag` null) or of one tag, beside that tag's page. */
export function feedPath(tag: string | null): string {
  return tag === null ? '/feed.xml' : `${tagPath(tag)}/feed.xml`;
}

export const SITEMAP_PATH = '/sitemap.xml';

/** The title of the whole digest's feed (`tag` null) or of one tag's, as feed readers list it. */
export function feedTitle(tag: string | null): string {
  return tag === null ? SITE_NAME : `#${tag} — ${SITE_NAME}`;
}
