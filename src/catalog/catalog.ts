import type { DigestEntry } from '../digest/index.ts';
import { compareDays, type Day } from './days.ts';
import { TagTally, type TagCount } from './tags.ts';

/**
 * What the reading UI looks up across a whole digest, computed once per version of it. Treat it as
 * immutable: a later version shares work with it but never changes it.
 */
export interface Catalog {
  readonly entries: readonly DigestEntry[];
  /** `countTags(entries)`. */
  readonly tags: readonly TagCount[];
  /** `groupByDay(entries)`. */
  readonly days: readonly Day[];
  /** `datesWithPapers(entries)`. */
  readonly dates: readonly string[];
  /** The entry with this id, if there is one (the first, should two share it). */
  paper(id: string): DigestEntry | undefined;
}

/**
 * The catalog of `entries`. Given the catalog of an earlier version of a digest that `entries`
 * extends (the same entries in the same order, then more), it does the work of the new entries
 * only: a large archive arrives in many parts, and going over all of it again for each part took
 * 30 ms at 16,000 papers, every few hundred milliseconds. The catalog keeps `entries` itself, not
 * a copy, so the array must not change afterwards: give each version an array of its own.
 */
export function buildCatalog(
  entries: readonly DigestEntry[],
  previous: Catalog | null = null,
): Catalog {
  const known = previous ? builders.get(previous) : undefined;
  const builder =
    known && previous && known.latest === previous && startsWith(entries, previous.entries)
      ? known
      : new CatalogBuilder();
  const catalog = builder.extend(entries);
  builders.set(catalog, builder);
  return catalog;
}

/** The state each catalog was built from, for building the next. */
const builders = new WeakMap<Catalog, CatalogBuilder>();

class CatalogBuilder {
  /** Where each id first appears: the entries of later versions are a superset, in order. */
  private readonly positions = new Map<string, number>();
  private readonly tags = new TagTally();
  private readonly days = new Map<string | null, Day>();
  private added = 0;
  latest: Catalog | null = null;

  extend(entries: readonly DigestEntry[]): Catalog {
    const fresh = entries.slice(this.added);
    for (let position = this.added; position < entries.length; position++) {
      const { id } = entries[position] as DigestEntry;
      if (!this.positions.has(id)) this.positions.set(id, position);
    }
    this.tags.add(fresh);
    this.addDays(fresh);
    this.added = entries.length;

    const positions = this.positions;
    const days = [...this.days.values()].sort(compareDays);
    const dates: string[] = [];
    for (const { date } of days) if (date !== null) dates.push(date);
    const catalog: Catalog = {
      entries,
      tags: this.tags.counts(),
      days,
      dates,
      paper(id) {
        // A later version's papers have positions past the end of this version's entries.
        const position = positions.get(id);
        return position === undefined ? undefined : entries[position];
      },
    };
    this.latest = catalog;
    return catalog;
  }

  /** A day that gains entries is replaced, not changed: earlier catalogs still list it. */
  private addDays(entries: readonly DigestEntry[]): void {
    const fresh = new Map<string | null, DigestEntry[]>();
    for (const entry of entries) {
      const list = fresh.get(entry.date);
      if (list) list.push(entry);
      else fresh.set(entry.date, [entry]);
    }
    for (const [date, list] of fresh) {
      const day = this.days.get(date);
      this.days.set(date, { date, entries: day ? [...day.entries, ...list] : list });
    }
  }
}

function startsWith(entries: readonly DigestEntry[], prefix: readonly DigestEntry[]): boolean {
  if (prefix.length > entries.length) return false;
  for (let index = 0; index < prefix.length; index++) {
    if (entries[index] !== prefix[index]) return false;
  }
  return true;
}
