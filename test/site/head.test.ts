// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { listHead, paperHead, siteSettings } from '../../src/site';
import { makeEntry } from '../support/entry-factory';
import { jsonLd, metaContent, metaContents, parseHead } from './parse';

const site = siteSettings('https://digest.example/');
const noSite = siteSettings(undefined);

const muP = makeEntry({
  id: '2024-03-08-tensor-programs-v',
  date: '2024-03-08',
  title: 'Tensor Programs V ($\\mu$P)',
  authors: ['Greg Yang', 'Edward J. Hu'],
  abstract: 'We transfer hyperparameters with $\\mu$P across widths.',
  commentary: '**μP**로 작은 모델에서 찾은 설정을 큰 모델에 옮기네요.\n흥미로운 결과입니다.',
  tags: ['LLM', 'scaling', 'llm'],
  links: ['https://github.com/microsoft/mup', 'https://arxiv.org/abs/2203.03466v2'],
});

function hrefs(head: Document, selector: string): (string | null)[] {
  return [...head.querySelectorAll(selector)].map((link) => link.getAttribute('href'));
}

describe('paperHead', () => {
  const head = parseHead(paperHead(muP, site));
  const url = 'https://digest.example/papers/2024-03-08-tensor-programs-v';
  const description = 'μP로 작은 모델에서 찾은 설정을 큰 모델에 옮기네요. 흥미로운 결과입니다.';

  it('titles the page with the plain paper title and the site name', () => {
    expect(head.title).toBe('Tensor Programs V (μP) — 논문 다이제스트');
  });

  it('describes the page with the opening of the commentary as plain text', () => {
    expect(metaContent(head, 'description')).toBe(description);
  });

  it('links the canonical URL', () => {
    expect(hrefs(head, 'link[rel="canonical"]')).toEqual([url]);
  });

  it('gives Open Graph an article with its date and each tag once', () => {
    expect(metaContent(head, 'og:type')).toBe('article');
    expect(metaContent(head, 'og:title')).toBe('Tensor Programs V (μP)');
    expect(metaContent(head, 'og:description')).toBe(description);
    expect(metaContent(head, 'og:url')).toBe(url);
    expect(metaContent(head, 'og:site_name')).toBe('논문 다이제스트');
    expect(metaContent(head, 'og:locale')).toBe('ko_KR');
    expect(metaContent(head, 'article:published_time')).toBe('2024-03-08');
    expect(metaContents(head, 'article:tag')).toEqual(['LLM', 'scaling']);
  });

  it('gives a summary Twitter card', () => {
    expect(metaContent(head, 'twitter:card')).toBe('summary');
    expect(metaContent(head, 'twitter:title')).toBe('Tensor Programs V (μP)');
    expect(metaContent(head, 'twitter:description')).toBe(description);
  });

  it('describes the paper as a ScholarlyArticle in JSON-LD', () => {
    expect(jsonLd(head)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ScholarlyArticle',
      name: 'Tensor Programs V (μP)',
      author: [
        { '@type': 'Person', name: 'Greg Yang' },
        { '@type': 'Person', name: 'Edward J. Hu' },
      ],
      datePublished: '2024-03-08',
      abstract: 'We transfer hyperparameters with μP across widths.',
      keywords: 'LLM, scaling',
      inLanguage: 'en',
      url,
      sameAs: 'https://arxiv.org/abs/2203.03466',
    });
  });

  it("links the whole digest's feed and each of its tags' feeds", () => {
    const feeds = [...head.querySelectorAll('link[rel="alternate"]')];
    expect(feeds.map((link) => link.getAttribute('type'))).toEqual(
      Array(3).fill('application/atom+xml'),
    );
    expect(feeds.map((link) => link.getAttribute('href'))).toEqual([
      'https://digest.example/feed.xml',
      'https://digest.example/tags/llm/feed.xml',
      'https://digest.example/tags/scaling/feed.xml',
    ]);
    expect(feeds.map((link) => link.getAttribute('title'))).toEqual([
      '논문 다이제스트',
      '#LLM — 논문 다이제스트',
      '#scaling — 논문 다이제스트',
    ]);
  });

  it('cuts a long commentary at a word boundary, within 150 characters', () => {
    const commentary = `${'긴 해설의 문장이 이어집니다. '.repeat(20)}\n다음 문단`;
    const text = metaContent(parseHead(paperHead(makeEntry({ commentary }), site)), 'description');
    expect(text).toMatch(/…$/);
    expect([...(text ?? '')].length).toBeLessThanOrEqual(150);
    expect(commentary.replace(/\s+/g, ' ')).toContain(`${text?.slice(0, -1)} `);
  });

  it('describes a paper without commentary by its abstract', () => {
    const entry = makeEntry({ commentary: '', abstract: 'An abstract with $O(n^2)$ cost.' });
    expect(metaContent(parseHead(paperHead(entry, site)), 'description')).toBe(
      'An abstract with O(n²) cost.',
    );
  });

  it('escapes titles and commentary with quotes, angle brackets and ampersands', () => {
    const title = `"Attention" & <b>Bold</b> isn't <script>alert(1)</script>`;
    const commentary = `'인용' & "따옴표" <img src=x onerror=alert(1)> </title>`;
    const html = paperHead(makeEntry({ title, commentary, authors: ['A <B> & "C"'] }), site);
    const hostile = parseHead(html);
    expect(hostile.title).toBe(`${title} — 논문 다이제스트`);
    expect(metaContent(hostile, 'og:title')).toBe(title);
    expect(metaContent(hostile, 'description')).toBe(commentary);
    expect(
      hostile.querySelectorAll('b, img, script:not([type="application/ld+json"])'),
    ).toHaveLength(0);
    expect(jsonLd(hostile)).toMatchObject({
      name: title,
      author: [{ '@type': 'Person', name: 'A <B> & "C"' }],
    });
    expect(html).not.toMatch(/<(b|img|\/?script>alert)/);
  });

  it('escapes what could end the JSON-LD script element', () => {
    const title = '</script><!--<script> \u2028 \u2029 &amp;';
    const script = parseHead(paperHead(makeEntry({ title }), site)).querySelector('script');
    expect(script?.textContent).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(script?.textContent ?? '')).toMatchObject({ name: title });
  });

  it('leaves out what needs the site URL when it is unknown', () => {
    const bare = parseHead(paperHead(muP, noSite));
    expect(bare.querySelector('link[rel="canonical"], link[rel="alternate"]')).toBeNull();
    expect(metaContent(bare, 'og:url')).toBeUndefined();
    expect(jsonLd(bare)).not.toHaveProperty('url');
    expect(metaContent(bare, 'og:title')).toBe('Tensor Programs V (μP)');
  });

  it('leaves out the date of an undated paper and the arXiv link of one without', () => {
    const undated = parseHead(paperHead(makeEntry({ date: null, links: [] }), site));
    expect(metaContent(undated, 'article:published_time')).toBeUndefined();
    expect(jsonLd(undated)).not.toHaveProperty('datePublished');
    expect(jsonLd(undated)).not.toHaveProperty('sameAs');
  });
});

describe('listHead', () => {
  it("describes a tag's list as a website with its feed and the whole digest's", () => {
    const head = parseHead(
      listHead(
        { title: '#C++', description: 'C++ 논문 12편', tag: 'C++', path: '/tags/c%2B%2B' },
        site,
      ),
    );
    expect(head.title).toBe('#C++ — 논문 다이제스트');
    expect(metaContent(head, 'og:type')).toBe('website');
    expect(metaContent(head, 'og:title')).toBe('#C++');
    expect(metaContent(head, 'description')).toBe('C++ 논문 12편');
    expect(metaContent(head, 'og:url')).toBe('https://digest.example/tags/c%2B%2B');
    expect(hrefs(head, 'link[rel="canonical"]')).toEqual(['https://digest.example/tags/c%2B%2B']);
    expect(hrefs(head, 'link[rel="alternate"]')).toEqual([
      'https://digest.example/feed.xml',
      'https://digest.example/tags/c%2B%2B/feed.xml',
    ]);
  });

  it('links only the whole digest from all papers, and no feeds without the site URL', () => {
    const page = {
      title: '모든 논문',
      description: '한국어 ML 논문 다이제스트',
      tag: null,
      path: '/',
    };
    expect(hrefs(parseHead(listHead(page, site)), 'link[rel="alternate"]')).toEqual([
      'https://digest.example/feed.xml',
    ]);
    const bare = parseHead(listHead(page, noSite));
    expect(bare.querySelector('link')).toBeNull();
    expect(metaContent(bare, 'og:url')).toBeUndefined();
  });
});
