import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDigest, type DigestEntry } from '../../src/digest';
import {
  createSearchIndex,
  normalizeText,
  parseQuery,
  search,
  searchIncremental,
  type QueryTerm,
  type SearchResult,
} from '../../src/search';
import { scanHaystack } from '../support/scan-haystack';
import { syntheticDigest } from '../support/synthetic-digest';

const { entries } = parseDigest(syntheticDigest({ entries: 400, seed: 7 }));
const index = createSearchIndex(entries);

/** The text a field filter reads, per the query language; null reads every field. */
function fieldTexts(entry: DigestEntry): Record<NonNullable<QueryTerm['field']>, string[]> {
  return {
    title: [entry.title],
    author: [entry.authors.join(', '), entry.affiliation],
    abstract: [entry.abstract],
    commentary: [entry.commentary, entry.translation],
    tag: [entry.tags.map((tag) => `#${tag}`).join(' ')],
  };
}

const normalized = entries.map((entry) => {
  const fields = fieldTexts(entry);
  for (const texts of Object.values(fields))
    texts.forEach((text, i) => (texts[i] = normalizeText(text)));
  const names = entry.authors.map((name) => normalizeText(name).trim());
  return { fields, all: Object.values(fields).flat(), names };
});

/**
 * The oracle: `includes` of each term in each normalised field, kept or excluded; a whole name
 * equal to one of the entry's names, each normalised on its own.
 */
function scan(query: string): string[] {
  const { terms } = parseQuery(query);
  return entries
    .filter((_, e) => {
      const entry = normalized[e];
      if (!entry) return false;
      const { fields, all, names } = entry;
      return terms.every((term) => {
        if (term.wholeName) return names.includes(term.text) !== term.exclude;
        const texts = term.field === null ? all : fields[term.field];
        return texts.some((text) => text.includes(term.text)) !== term.exclude;
      });
    })
    .map((entry) => entry.id);
}

/** A piece of some entry's text: a stem, part of a word, or words with the space between. */
const piece = fc
  .tuple(
    fc.nat(entries.length - 1),
    fc.constantFrom<keyof DigestEntry>('title', 'abstract', 'commentary', 'authors', 'tags'),
    fc.nat(400),
    fc.integer({ min: 1, max: 12 }),
  )
  .map(([e, field, start, length]) => {
    const value = entries[e]?.[field];
    const text = Array.isArray(value) ? value.join(' ') : String(value ?? '');
    const from = start % Math.max(1, text.length);
    return text.slice(from, from + length);
  })
  .filter((text) => text.trim() !== '' && !text.includes('"'));

/** An author's name as some entry writes it, or a piece of one. */
const name = fc
  .tuple(fc.nat(entries.length - 1), fc.nat(20), fc.boolean())
  .map(([e, n, whole]) => {
    const authors = entries[e]?.authors ?? [];
    const author = authors[n % Math.max(1, authors.length)] ?? 'Ann Lee';
    return whole ? author : author.slice(0, Math.max(1, author.length - 2));
  })
  .filter((text) => text.trim() !== '' && !text.includes('"'));

/** A quoted author filter, as an author's page asks for it. */
const authorTerm = fc
  .tuple(name, fc.boolean())
  .map(([text, exclude]) => `${exclude ? '-' : ''}author:"${text}"`);

/** A term of the query language around a piece: plain, a phrase, a field filter, excluded. */
const plainTerm = fc
  .tuple(
    piece,
    fc.boolean(),
    fc.constantFrom('', '', '', 'title:', 'author:', 'abstract:', 'commentary:', 'tag:'),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([text, exclude, field, decompose, upper]) => {
    let written = decompose ? text.normalize('NFD') : text;
    if (upper) written = written.toUpperCase();
    const quoted = /\s|^-|:/.test(written) ? `"${written}"` : written;
    return `${exclude ? '-' : ''}${field}${quoted}`;
  });

const term = fc.oneof({ weight: 4, arbitrary: plainTerm }, { weight: 1, arbitrary: authorTerm });

const query = fc.array(term, { minLength: 1, maxLength: 4 }).map((terms) => terms.join(' '));

describe('search against a plain substring scan', () => {
  it('returns exactly the entries the scan returns, for any query', () => {
    fc.assert(
      fc.property(query, (q) => {
        expect(search(index, q).ids).toEqual(scan(q));
      }),
      { numRuns: 400 },
    );
  });

  it('stays exact while a query is typed, corrected and extended', () => {
    fc.assert(
      fc.property(fc.array(query, { minLength: 1, maxLength: 3 }), (queries) => {
        // Type each query letter by letter, then delete back to a random point, and so on.
        let previous: SearchResult | null = null;
        let typed = '';
        for (const next of queries) {
          for (const letter of next) {
            typed += letter;
            previous = searchIncremental(index, typed, previous);
            expect(previous.ids).toEqual(scan(typed));
          }
          typed = typed.slice(0, Math.floor(typed.length / 2));
          previous = searchIncremental(index, typed, previous);
          expect(previous.ids).toEqual(scan(typed));
          typed += ' ';
        }
      }),
      { numRuns: 40 },
    );
  });

  it('matches queries for text that no entry has, and lone characters', () => {
    for (const q of ['zzqx', '-zzqx', 'a', '-e', '모', '#', '"a b"', 'title:a', '-tag:l']) {
      expect(search(index, q).ids).toEqual(scan(q));
    }
  });

  it('equals the one-string scan the search benchmark compares with, for plain words', () => {
    // The benchmark joins an entry's fields with line breaks; terms without white space cannot
    // span two fields there, as they cannot in the search.
    const haystacks = entries.map(scanHaystack);
    const benchmarkScan = (q: string) => {
      const { terms } = parseQuery(q);
      return entries
        .filter((_, e) => terms.every((t) => (haystacks[e] ?? '').includes(t.text) !== t.exclude))
        .map((entry) => entry.id);
    };
    const word = piece.filter((text) => !/["\s:-]/.test(text));
    const plain = fc
      .array(fc.tuple(word, fc.boolean()), { minLength: 1, maxLength: 3 })
      .map((terms) => terms.map(([text, exclude]) => (exclude ? `-${text}` : text)).join(' '));
    fc.assert(
      fc.property(plain, (q) => {
        expect(search(index, q).ids).toEqual(benchmarkScan(q));
      }),
      { numRuns: 300 },
    );
  });
});
