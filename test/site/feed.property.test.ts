// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DigestEntry } from '../../src/digest';
import { digestFeed, siteSettings } from '../../src/site';
import { makeEntry } from '../support/entry-factory';
import { hostileText, hostileWord } from './hostile-text';
import { parseXml } from './parse';

const site = siteSettings('https://digest.example');

const hostileEntry: fc.Arbitrary<DigestEntry> = fc
  .record({
    id: hostileWord,
    date: fc.option(fc.constantFrom('2024-03-08', '2024-03-07')),
    title: hostileText(),
    authors: fc.array(hostileText(), { maxLength: 3 }),
    abstract: hostileText(),
    commentary: hostileText(),
    tags: fc.array(hostileWord, { maxLength: 3 }),
  })
  .map((fields) => makeEntry(fields));

describe('digestFeed on hostile digest text', () => {
  it('is well-formed XML whose content holds only paragraphs', () => {
    fc.assert(
      fc.property(
        fc.array(hostileEntry, { maxLength: 4 }),
        fc.option(hostileWord),
        (entries, tag) => {
          const xml = digestFeed({ entries, tag, site });
          const feed = parseXml(xml ?? '');
          expect(feed.documentElement.tagName).toBe('feed');
          const items = [...feed.getElementsByTagName('entry')];
          if (tag === null)
            expect(items).toHaveLength(entries.filter((entry) => entry.date).length);
          for (const item of items) {
            const content = item.getElementsByTagName('content')[0]?.textContent ?? '';
            const html = new DOMParser().parseFromString(content, 'text/html');
            expect(html.head.childNodes).toHaveLength(0);
            for (const element of html.body.querySelectorAll('*')) {
              expect(element.tagName).toBe('P');
              expect(element.getAttributeNames().filter((name) => name !== 'lang')).toEqual([]);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 30_000);
});
