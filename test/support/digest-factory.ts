/** Small builders for digest text in tests: one entry's lines, with sensible defaults. */
export interface EntryText {
  url?: string;
  title?: string;
  authors?: string;
  abstract?: string[];
  commentary?: string[];
  tags?: string;
}

export function entryLines({
  url,
  title = 'A Study of Things',
  authors = '(Ann Lee, Bo Kim)',
  abstract = ['We study things and find them interesting.'],
  commentary = ['흥미로운 연구네요.'],
  tags = '#llm',
}: EntryText = {}): string[] {
  return [
    ...(url ? [url] : []),
    title,
    authors,
    ...abstract,
    ...commentary,
    ...(tags ? [tags] : []),
  ];
}

export function digest(...lines: Array<string | string[]>): string {
  return `${lines.flat().join('\n')}\n`;
}
