import type { DigestEntry } from '../../src/digest';

let counter = 0;

/** A parsed entry with plausible defaults; override only what a test is about. */
export function makeEntry(overrides: Partial<DigestEntry> = {}): DigestEntry {
  counter++;
  const title = overrides.title ?? `Paper ${counter}`;
  const date = overrides.date === undefined ? '2024-03-08' : overrides.date;
  return {
    id: `${date ?? 'undated'}-paper-${counter}`,
    date,
    title,
    authors: ['Ann Lee', 'Bo Kim'],
    affiliation: '',
    abstract: 'We study things.',
    commentary: '흥미로운 연구네요.',
    translation: '',
    tags: ['llm'],
    links: [],
    line: counter,
    ...overrides,
  };
}
