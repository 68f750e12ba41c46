import { isDateLine, readDate } from './lines.ts';

/**
 * The same digest with its days in newest-first order, for serving: an archive that grows by
 * appending days keeps its newest papers at the end, and a reader streaming it would see the
 * oldest days first and then the list change under them. Text before the first date line stays
 * first, and days of the same date keep their order, so every entry parses into the same fields
 * and id (only its line number moves). Days whose date line names no real date go last.
 */
export function newestDaysFirst(text: string): string {
  // A byte order mark belongs to the file, not to the day that happens to come first.
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const days: { date: string; text: string }[] = [];
  let preamble = '';
  let start = bom.length;
  let date: string | null = null;
  const close = (end: number) => {
    let day = text.slice(start, end);
    if (!day.endsWith('\n')) day += '\n';
    if (date === null) preamble = day;
    else days.push({ date, text: day });
  };
  for (let at = start; at < text.length;) {
    const lineBreak = text.indexOf('\n', at);
    const end = lineBreak < 0 ? text.length : lineBreak + 1;
    const line = text.slice(at, lineBreak < 0 ? end : lineBreak).replace(/\r$/, '');
    if (isDateLine(line)) {
      if (at > start || date !== null) close(at);
      start = at;
      const reading = readDate(line.trim());
      date = reading.ok ? reading.date : '';
    }
    at = end;
  }
  if (date === null) return text;
  close(text.length);
  // Array sort is stable: days of one date stay in file order.
  days.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return bom + preamble + days.map((day) => day.text).join('');
}
