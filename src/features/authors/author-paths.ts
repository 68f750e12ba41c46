import { homePath, paperPath } from '../navigation/paths';

/** Keeps `?src=`, the digest opened by address, on the way to another page of the app. */
function withSource(path: string, src: string | null): string {
  if (!src) return path;
  return `${path}${path.includes('?') ? '&' : '?'}${new URLSearchParams({ src }).toString()}`;
}

/** `/authors/Yuchu%20Luo`: an author's papers, named as the paper writes them, spacing tidied. */
export function authorPath(name: string, src: string | null = null): string {
  return withSource(`/authors/${encodeURIComponent(name.trim().replace(/\s+/g, ' '))}`, src);
}

/** All papers of the same digest. */
export function digestHomePath(src: string | null): string {
  return withSource(homePath(), src);
}

/** A paper of the author's page, in the same digest. */
export function authorPaperPath(id: string, src: string | null): string {
  return withSource(paperPath(id), src);
}

/** The search for exactly this author's papers (`author:"Yuchu Luo"`), in the same digest. */
export function authorSearchPath(name: string, src: string | null): string {
  return withSource(
    `${homePath()}?${new URLSearchParams({ q: `author:"${name}"` }).toString()}`,
    src,
  );
}
