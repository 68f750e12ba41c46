import type { DigestEntry } from './types.ts';

type FormattableEntry = Pick<
  DigestEntry,
  | 'date'
  | 'title'
  | 'authors'
  | 'affiliation'
  | 'abstract'
  | 'commentary'
  | 'translation'
  | 'tags'
  | 'links'
>;

/**
 * Writes entries as digest text. A date line is written whenever the date changes; undated
 * entries can only be expressed before the first date line, so put them first. The first link is
 * written as the URL line before the title unless the body already carries it.
 */
export function formatDigest(entries: readonly FormattableEntry[]): string {
  const out: string[] = [];
  let date: string | null = null;
  for (const entry of entries) {
    if (entry.date !== null && entry.date !== date) {
      date = entry.date;
      out.push(formatDate(entry.date));
    }
    const bodyLines = [entry.commentary, entry.translation].flatMap((text) =>
      text === '' ? [] : text.split('\n'),
    );
    const titleLink = entry.links[0];
    if (titleLink !== undefined && !bodyLines.includes(titleLink)) out.push(titleLink);
    out.push(entry.title);
    const names = entry.authors.join(', ');
    out.push(`(${entry.affiliation ? `${entry.affiliation}: ${names}` : names})`);
    if (entry.abstract) out.push(entry.abstract);
    out.push(...bodyLines);
    if (entry.tags.length > 0) out.push(entry.tags.map((tag) => `#${tag}`).join(' '));
  }
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

function formatDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}년 ${month}월 ${day}일`;
}
