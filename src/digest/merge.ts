import { quoteLine } from './quote.ts';
import type { DigestEntry, DigestWarning, ParseResult } from './types.ts';

/** Two different copies of one paper, from two sources: which one is listed, which set aside. */
export interface PaperConflict {
  id: string;
  title: string;
  /** The source whose copy is listed: the one changed last. */
  kept: string;
  /** The source whose copy was set aside. */
  other: string;
}

/** How one source's papers joined the digest. */
export interface SourceTally {
  /** Papers no source read before held. */
  added: number;
  /** Papers another source already held, the same or in another version. */
  repeated: number;
}

export interface MergeOptions {
  /** Names the source to the reader in conflicts; the file name when omitted. */
  label?: string;
  /**
   * When the source's text last changed (ms since the epoch). Of two different copies of a paper,
   * the later source's wins; without times, or at the same time, the copy read first stays.
   */
  changedAt?: number;
}

interface Seen {
  file: string;
  label: string;
  line: number;
  position: number;
  changedAt: number;
}

/**
 * Joins the digests of several sources (one file per month, the reader's pasted days) as they are
 * read. A paper that a source repeats is listed once. Two identical copies are reported as a
 * repeated paper; two different ones also as a conflict, and the copy of the source changed last
 * is listed. Warnings carry their file name.
 *
 * New papers only ever join at the end, so whatever is built from the entries can grow with them.
 * A later copy that wins a conflict takes the earlier one's place instead: `takeReplaced()` then
 * says that what was built from the entries before must be built again.
 */
export class DigestMerger {
  readonly entries: DigestEntry[] = [];
  readonly warnings: DigestWarning[] = [];
  readonly conflicts: PaperConflict[] = [];
  readonly tallies = new Map<string, SourceTally>();
  private readonly seen = new Map<string, Seen>();
  private replaced = false;

  /** Adds entries and warnings of source `name`; a source may come in several parts. */
  add(name: string, { entries, warnings }: ParseResult, options: MergeOptions = {}): void {
    const label = options.label ?? name;
    const changedAt = options.changedAt ?? Number.NEGATIVE_INFINITY;
    const tally = this.tallies.get(name) ?? { added: 0, repeated: 0 };
    this.tallies.set(name, tally);
    for (const warning of warnings) this.warnings.push({ ...warning, file: name });
    for (const entry of entries) {
      const first = this.seen.get(entry.id);
      if (!first) {
        this.seen.set(entry.id, {
          file: name,
          label,
          line: entry.line,
          position: this.entries.length,
          changedAt,
        });
        this.entries.push(entry);
        tally.added++;
        continue;
      }
      tally.repeated++;
      const kept = this.entries[first.position] as DigestEntry;
      const differs = !sameCopy(kept, entry);
      const wins = differs && changedAt > first.changedAt;
      this.warnings.push({
        file: name,
        line: entry.line,
        kind: 'repeated-paper',
        quote: quoteLine(entry.title),
        message: wins
          ? `paper ${entry.id} is also in ${first.file} at line ${first.line}; kept this newer copy`
          : `paper ${entry.id} is also in ${first.file} at line ${first.line}; kept that one`,
      });
      if (!differs || first.label === label) continue;
      this.conflicts.push({
        id: entry.id,
        title: (wins ? entry : kept).title,
        kept: wins ? label : first.label,
        other: wins ? first.label : label,
      });
      if (!wins) continue;
      this.entries[first.position] = entry;
      this.seen.set(entry.id, { ...first, file: name, label, line: entry.line, changedAt });
      this.replaced = true;
    }
  }

  /** Whether a copy took another's place since the last call. */
  takeReplaced(): boolean {
    const replaced = this.replaced;
    this.replaced = false;
    return replaced;
  }
}

/** Whether two copies of a paper say the same; where they stand in their files does not count. */
function sameCopy(a: DigestEntry, b: DigestEntry): boolean {
  return (
    a.title === b.title &&
    a.date === b.date &&
    a.affiliation === b.affiliation &&
    a.abstract === b.abstract &&
    a.commentary === b.commentary &&
    a.translation === b.translation &&
    sameList(a.authors, b.authors) &&
    sameList(a.tags, b.tags) &&
    sameList(a.links, b.links)
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
