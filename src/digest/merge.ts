import type { DigestEntry, DigestWarning, ParseResult } from './types';

export interface DigestPart {
  /** File name, for warnings. */
  name: string;
  result: ParseResult;
}

/**
 * One digest from several files (one per month, say), given oldest file first. An id that a
 * later file repeats is reported, not duplicated: the first file's entry is kept. Warnings carry
 * their file name.
 */
export function mergeDigests(parts: readonly DigestPart[]): ParseResult {
  if (parts.length === 1 && parts[0]) {
    const { name, result } = parts[0];
    return {
      entries: result.entries,
      warnings: result.warnings.map((w) => ({ ...w, file: name })),
    };
  }
  const seen = new Map<string, { file: string; line: number }>();
  const entries: DigestEntry[] = [];
  const warnings: DigestWarning[] = [];
  for (const { name, result } of parts) {
    for (const warning of result.warnings) warnings.push({ ...warning, file: name });
    for (const entry of result.entries) {
      const first = seen.get(entry.id);
      if (first) {
        warnings.push({
          file: name,
          line: entry.line,
          message: `paper ${entry.id} is also in ${first.file} at line ${first.line}; kept that one`,
        });
        continue;
      }
      seen.set(entry.id, { file: name, line: entry.line });
      entries.push(entry);
    }
  }
  return { entries, warnings };
}
