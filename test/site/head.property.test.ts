// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagKey } from '../../src/catalog';
import type { DigestEntry } from '../../src/digest';
import { listHead, paperHead, siteSettings } from '../../src/site';
import { plainTitle } from '../../src/text';
import { makeEntry } from '../support/entry-factory';
import { hostileText, hostileWord } from './hostile-text';
import { jsonLd, metaContent, metaContents, parseHead } from './parse';

const site = siteSettings('https://digest.example');
/** Parsing with jsdom takes a few milliseconds a run, more on a busy machine. */
const PROPERTY_TIMEOUT = 30_000;

/** What the HTML parser makes of text: line ends become `\n` and NUL becomes U+FFFD. */
const asParsed = (text: string) => text.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');

const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  TITLE: [],
  META: ['name', 'property', 'content'],
  LINK: ['rel', 'type', 'title', 'href'],
  SCRIPT: ['type'],
};

/** The head holds only the site's own elements, with only their own attributes, and nothing else. */
function expectOnlySiteElements(head: Document): void {
  expect(head.body.childNodes).toHaveLength(0);
  for (const element of head.head.children) {
    const allowed = ALLOWED_ATTRIBUTES[element.tagName];
    expect(allowed, element.tagName).toBeDefined();
    for (const attribute of element.getAttributeNames()) expect(allowed).toContain(attribute);
  }
  expect(head.querySelectorAll('title')).toHaveLength(1);
}

function metaKeys(head: Document): string[] {
  return [...head.querySelectorAll('meta')].map(
    (meta) => meta.getAttribute('name') ?? meta.getAttribute('property') ?? '',
  );
}

const hostileEntry: fc.Arbitrary<DigestEntry> = fc
  .record({
    id: hostileWord,
    date: fc.option(fc.constant('2024-03-08')),
    title: hostileText(),
    authors: fc.array(hostileText(), { maxLength: 3 }),
    abstract: hostileText(),
    commentary: hostileText(),
    tags: fc.array(hostileWord, { maxLength: 4 }),
  })
  .map((fields) => makeEntry(fields));

describe('paperHead on hostile digest text', () => {
  it(
    'makes no element or attribute the text asks for, and keeps the text as text',
    () => {
      fc.assert(
        fc.property(hostileEntry, (entry) => {
          const head = parseHead(paperHead(entry, site));
          expectOnlySiteElements(head);

          const title = plainTitle(entry.title);
          expect(head.querySelector('title')?.textContent).toBe(
            asParsed(`${title} — 논문 다이제스트`),
          );
          expect(metaContent(head, 'og:title')).toBe(asParsed(title));
          expect(jsonLd(head)).toMatchObject({ name: title, '@type': 'ScholarlyArticle' });

          const tags = [...new Map(entry.tags.map((tag) => [tagKey(tag), tag])).keys()];
          expect(metaContents(head, 'article:tag')).toHaveLength(tags.length);
          expect(head.querySelectorAll('link[rel="alternate"]')).toHaveLength(tags.length + 1);
          expect(head.querySelectorAll('link[rel="canonical"]')).toHaveLength(1);
          expect(head.querySelectorAll('script')).toHaveLength(1);

          const described = metaContent(head, 'description') !== undefined;
          expect(metaKeys(head).sort()).toEqual(
            [
              ...(described ? ['description', 'og:description', 'twitter:description'] : []),
              ...(entry.date === null ? [] : ['article:published_time']),
              ...tags.map(() => 'article:tag'),
              'og:type',
              'og:site_name',
              'og:locale',
              'og:title',
              'og:url',
              'twitter:card',
              'twitter:title',
            ].sort(),
          );
          expect([...(metaContent(head, 'description') ?? '')].length).toBeLessThanOrEqual(150);
        }),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('listHead on hostile text', () => {
  it(
    'makes no element or attribute the text asks for',
    () => {
      fc.assert(
        fc.property(
          hostileText(),
          hostileText(),
          fc.option(hostileWord),
          (title, description, tag) => {
            const head = parseHead(listHead({ title, description, tag, path: '/' }, site));
            expectOnlySiteElements(head);
            expect(head.querySelector('title')?.textContent).toBe(
              asParsed(`${title} — 논문 다이제스트`),
            );
            expect(metaContent(head, 'og:title')).toBe(asParsed(title));
            expect(head.querySelectorAll('meta')).toHaveLength(description === '' ? 7 : 10);
            expect(head.querySelectorAll('link')).toHaveLength(tag === null ? 2 : 3);
            expect(head.querySelectorAll('script')).toHaveLength(0);
          },
        ),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
