import { describe, expect, it } from 'vitest';
import { missingSiteUrlNotes, siteSettings } from '../../src/site';

describe('siteSettings', () => {
  it('keeps the origin and base path without a trailing slash', () => {
    expect(siteSettings('https://digest.example/')).toEqual({ url: 'https://digest.example' });
    expect(siteSettings(' https://someone.github.io/digest// ')).toEqual({
      url: 'https://someone.github.io/digest',
    });
  });

  it('has no URL when the setting is unset or blank', () => {
    expect(siteSettings(undefined)).toEqual({ url: null });
    expect(siteSettings(null)).toEqual({ url: null });
    expect(siteSettings('  ')).toEqual({ url: null });
  });

  it('refuses what is no absolute http(s) origin and path', () => {
    expect(() => siteSettings('digest.example')).toThrow(/absolute URL/);
    expect(() => siteSettings('ftp://digest.example')).toThrow(/http or https/);
    expect(() => siteSettings('https://digest.example/?page=1')).toThrow(/origin and a path/);
  });
});

describe('missingSiteUrlNotes', () => {
  it('says what is left out without the site URL, and nothing with it', () => {
    const notes = missingSiteUrlNotes({ url: null });
    expect(notes.join('\n')).toMatch(/canonical/);
    expect(notes.join('\n')).toMatch(/sitemap/);
    expect(notes.join('\n')).toMatch(/feeds/);
    expect(missingSiteUrlNotes({ url: 'https://digest.example' })).toEqual([]);
  });
});
