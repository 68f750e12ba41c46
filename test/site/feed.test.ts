// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { digestFeed, FEED_LENGTH, feedPath, siteSettings } from '../../src/site';
import { makeEntry } from '../support/entry-factory';
import { parseXml } from './parse';

const site = siteSettings('https://digest.example/');

function feedEntries(feed: Document): Element[] {
  return [...feed.getElementsByTagName('entry')];
}

function childText(parent: Element | Document, name: string): string | undefined {
  return parent.getElementsByTagName(name)[0]?.textContent?.trim();
}

function links(parent: Element, rel: string): (string | null)[] {
  return [...parent.children]
    .filter((child) => child.tagName === 'link' && child.getAttribute('rel') === rel)
    .map((link) => link.getAttribute('href'));
}

function feedOf(...args: Parameters<typeof digestFeed>): Document {
  const xml = digestFeed(...args);
  if (xml === null) throw new Error('no feed');
  return parseXml(xml);
}

/** The `n`th day of 2024, `YYYY-MM-DD`. */
function dayOf2024(n: number): string {
  return new Date(Date.UTC(2024, 0, n)).toISOString().slice(0, 10);
}

describe('feedPath', () => {
  it('puts the whole digest at /feed.xml and each tag beside its page, by its key', () => {
    expect(feedPath(null)).toBe('/feed.xml');
    expect(feedPath('llm')).toBe('/tags/llm/feed.xml');
    expect(feedPath('LLM')).toBe('/tags/llm/feed.xml');
    expect(feedPath('C++/CUDA')).toBe('/tags/c%2B%2B%2Fcuda/feed.xml');
    expect(feedPath('강화학습')).toBe(`/tags/${encodeURIComponent('강화학습')}/feed.xml`);
  });
});

describe('digestFeed', () => {
  it(`lists the newest ${FEED_LENGTH} papers newest first, whatever order they arrive in`, () => {
    const entries = Array.from({ length: 60 }, (_, day) =>
      makeEntry({ id: `paper-${day + 1}`, date: dayOf2024(day + 1) }),
    );
    const shuffled = [...entries.slice(30), ...entries.slice(0, 30).reverse()];
    const feed = feedOf({ entries: shuffled, tag: null, site });
    const listed = feedEntries(feed).map((entry) => childText(entry, 'id'));
    expect(listed).toEqual(
      Array.from({ length: 50 }, (_, at) => `https://digest.example/papers/paper-${60 - at}`),
    );
  });

  it("keeps the digest's order within a day and leaves undated papers out", () => {
    const entries = [
      makeEntry({ id: 'first', date: '2024-03-08' }),
      makeEntry({ id: 'undated', date: null }),
      makeEntry({ id: 'second', date: '2024-03-08' }),
      makeEntry({ id: 'older', date: '2024-03-07' }),
    ];
    const listed = feedEntries(feedOf({ entries, tag: null, site })).map((entry) =>
      childText(entry, 'id'),
    );
    expect(listed).toEqual(
      ['first', 'second', 'older'].map((id) => `https://digest.example/papers/${id}`),
    );
  });

  it('describes each paper: title, links, dates, authors, tags and content', () => {
    const entry = makeEntry({
      id: '2024-03-08-tensor-programs-v',
      date: '2024-03-08',
      title: 'Tensor Programs V ($\\mu$P)',
      authors: ['Greg Yang', 'Edward J. Hu'],
      abstract: 'We transfer hyperparameters with $\\mu$P.',
      commentary: '**μP** 이야기입니다.\n\n둘째 문단 & 끝.',
      tags: ['LLM', 'scaling'],
      links: ['https://arxiv.org/pdf/2203.03466v2'],
    });
    const [item] = feedEntries(feedOf({ entries: [entry], tag: null, site }));
    if (!item) throw new Error('no entry');
    const url = 'https://digest.example/papers/2024-03-08-tensor-programs-v';
    expect(childText(item, 'title')).toBe('Tensor Programs V (μP)');
    expect(childText(item, 'id')).toBe(url);
    expect(links(item, 'alternate')).toEqual([url]);
    expect(links(item, 'related')).toEqual(['https://arxiv.org/abs/2203.03466']);
    // The digest's day began at midnight in Korea.
    expect(childText(item, 'published')).toBe('2024-03-07T15:00:00.000Z');
    expect(childText(item, 'updated')).toBe('2024-03-07T15:00:00.000Z');
    expect([...item.getElementsByTagName('name')].map((name) => name.textContent)).toEqual([
      'Greg Yang',
      'Edward J. Hu',
    ]);
    expect(
      [...item.getElementsByTagName('category')].map((category) => category.getAttribute('term')),
    ).toEqual(['LLM', 'scaling']);

    const content = item.getElementsByTagName('content')[0];
    expect(content?.getAttribute('type')).toBe('html');
    const html = new DOMParser().parseFromString(content?.textContent ?? '', 'text/html');
    expect([...html.body.children].map((paragraph) => paragraph.outerHTML)).toEqual([
      '<p>μP 이야기입니다.</p>',
      '<p>둘째 문단 &amp; 끝.</p>',
      '<p lang="en">We transfer hyperparameters with μP.</p>',
    ]);
  });

  it('names and links the whole digest, updated with its newest paper', () => {
    const entries = [makeEntry({ date: '2024-03-08' }), makeEntry({ date: '2024-03-01' })];
    const feed = feedOf({ entries, tag: null, site });
    const root = feed.documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    expect(root.tagName).toBe('feed');
    expect(childText(root, 'title')).toBe('논문 다이제스트');
    expect(childText(root, 'id')).toBe('https://digest.example/');
    expect(links(root, 'alternate')).toEqual(['https://digest.example/']);
    expect(links(root, 'self')).toEqual(['https://digest.example/feed.xml']);
    expect(childText(root, 'updated')).toBe('2024-03-07T15:00:00.000Z');
    expect(childText(root, 'name')).toBe('논문 다이제스트');
  });

  it("lists only a tag's papers in its feed, whatever their case", () => {
    const entries = [
      makeEntry({ id: 'a', tags: ['LLM'] }),
      makeEntry({ id: 'b', tags: ['rl'] }),
      makeEntry({ id: 'c', tags: ['rl', 'llm'] }),
    ];
    const feed = feedOf({ entries, tag: 'llm', site });
    const root = feed.documentElement;
    expect(feedEntries(feed).map((entry) => childText(entry, 'id'))).toEqual([
      'https://digest.example/papers/a',
      'https://digest.example/papers/c',
    ]);
    expect(childText(root, 'title')).toBe('#llm — 논문 다이제스트');
    expect(childText(root, 'id')).toBe('https://digest.example/tags/llm');
    expect(links(root, 'self')).toEqual(['https://digest.example/tags/llm/feed.xml']);
  });

  it('keeps hostile text as text and drops characters XML cannot hold', () => {
    const title = 'A ]]> B <b>C</b> & "D" \u0001\uFFFF';
    const entry = makeEntry({ title, commentary: '<script>alert(1)</script> ]]>', tags: ['<&>"'] });
    const [item] = feedEntries(feedOf({ entries: [entry], tag: null, site }));
    expect(childText(item ?? feedOf({ entries: [], tag: null, site }), 'title')).toBe(
      'A ]]> B <b>C</b> & "D"',
    );
    expect(item?.getElementsByTagName('category')[0]?.getAttribute('term')).toBe('<&>"');
    const content = item?.getElementsByTagName('content')[0]?.textContent ?? '';
    expect(content).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt;</p>');
  });

  it('is an empty feed for a tag without dated papers', () => {
    const feed = feedOf({ entries: [makeEntry({ tags: ['rl'] })], tag: 'llm', site });
    expect(feedEntries(feed)).toHaveLength(0);
    expect(childText(feed.documentElement, 'updated')).toBe('1970-01-01T00:00:00.000Z');
  });

  it('is not made without the site URL, since its links must be absolute', () => {
    expect(digestFeed({ entries: [makeEntry()], tag: null, site: { url: null } })).toBeNull();
  });
});
