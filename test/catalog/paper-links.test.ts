import { describe, expect, it } from 'vitest';
import { arxivId, paperLinks } from '../../src/catalog';

describe('paperLinks', () => {
  it('gives the arXiv page and PDF for an arXiv URL, and keeps other links', () => {
    expect(
      paperLinks({
        title: 'Yi',
        links: ['https://arxiv.org/abs/2403.04652v2', 'https://github.com/01-ai/Yi'],
      }),
    ).toMatchObject({
      arxiv: 'https://arxiv.org/abs/2403.04652',
      pdf: 'https://arxiv.org/pdf/2403.04652',
      other: ['https://github.com/01-ai/Yi'],
    });
  });

  it('falls back to an arXiv title search', () => {
    const links = paperLinks({ title: 'Attention & More: A Study', links: [] });
    expect(links.arxiv).toBeNull();
    expect(links.search).toBe(
      'https://arxiv.org/search/?searchtype=title&query=Attention%20%26%20More%3A%20A%20Study',
    );
  });

  it('reads old-style and PDF arXiv URLs', () => {
    expect(arxivId('https://arxiv.org/pdf/2301.03728.pdf')).toBe('2301.03728');
    expect(arxivId('http://arxiv.org/abs/cs/0112017')).toBe('cs/0112017');
    expect(arxivId('https://example.com/abs/2301.03728')).toBeNull();
  });
});
