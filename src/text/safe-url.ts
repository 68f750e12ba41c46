/**
 * Schemes a reader may follow from digest text. Everything else (`javascript:`, `data:`, `vbscript:`,
 * relative paths, …) is shown as text, because the digest is third-party content.
 */
const SAFE_URL = /^(?:https?:\/\/[^/?#]|mailto:.)/i;

/**
 * Browsers delete tabs and newlines inside URLs (`java\nscript:` runs as `javascript:`), so a URL that
 * still holds whitespace, control or invisible formatting characters after trimming is rejected
 * rather than cleaned.
 */
const HIDDEN = /[\s\p{Cc}\p{Cf}]/u;

/** Whether `url` is an http, https or mailto URL that is safe to put in an `href`. */
export function isSafeUrl(url: string): boolean {
  const trimmed = url.trim();
  return SAFE_URL.test(trimmed) && !HIDDEN.test(trimmed);
}
