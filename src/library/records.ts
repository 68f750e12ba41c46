/**
 * Library sections are plain objects keyed by paper id, because they are stored as JSON. Ids also
 * arrive from imported files and other tabs, so an id such as `__proto__` or `constructor` has to
 * read and write as an ordinary key and never reach `Object.prototype`.
 */

export function getOwn<T>(record: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

export function withEntry<T>(
  record: Readonly<Record<string, T>>,
  id: string,
  value: T,
): Record<string, T> {
  // A computed key defines an own property even for `__proto__`, where assignment would not.
  return { ...record, [id]: value };
}

export function withoutEntry<T>(
  record: Readonly<Record<string, T>>,
  id: string,
): Record<string, T> {
  const { [id]: _removed, ...rest } = record;
  return rest;
}
