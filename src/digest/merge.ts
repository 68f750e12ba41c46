import { quoteLine } from './quote.ts';
import type { DigestEntry, DigestWarning, ParseResult } from './types.ts';

/**
 * Joins the digests of several files (one per month, say) as they are read, newest file first. A
 * paper that a file repeats from one read before is reported, not listed twice: the entry kept is
 * the first one read, which the reader may already be looking at. Entries only ever join at the
 * end, so whatever is built from them can grow with them. Warnings carry their file name.
 */
export class DigestMerger {
  readonly entries: DigestEntry[] = [];
  readonly warnings: DigestWarning[] = [];
  private readonly seen = new Map<string, { file: string; line: number }>();

  /** Adds entries and warnings of file `name`; a file may come in several parts. */
  add(name: string, { entries, warnings }: ParseResult): void {
    for (const warning of warnings) this.warnings.push({ ...warning, file: name });
    for (const entry of entries) {
      const first = this.seen.get(entry.id);
      if (first) {
        this.warnings.push({
          file: name,
          line: entry.line,
          kind: 'repeated-paper',
          quote: quoteLine(entry.title),
          message: `paper ${entry.id} is also in ${first.file} at line ${first.line}; kept that one`,
        });
        continue;
      }
      this.seen.set(entry.id, { file: name, line: entry.line });
      this.entries.push(entry);
    }
  }
}
