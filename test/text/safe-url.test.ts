import { describe, expect, it } from 'vitest';
import { isSafeUrl } from '../../src/text';

describe('isSafeUrl', () => {
  it.each([
    'https://arxiv.org/abs/2403.04652',
    'http://example.com',
    'HTTPS://EXAMPLE.COM/Path?q=1#x',
    'mailto:someone@example.com',
    'MailTo:someone@example.com',
    '  https://example.com/padded  ',
    'https://ko.wikipedia.org/wiki/트랜스포머',
  ])('accepts %s', (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\nscript:alert(1)',
    'java\tscript:alert(1)',
    '\u0000javascript:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/svg+xml;base64,PHN2Zz4=',
    'file:///etc/passwd',
    '//evil.example.com',
    '/relative/path',
    '#anchor',
    'example.com',
    'https:evil.example.com',
    'http://',
    'https:///path',
    'mailto:',
    'https://exa mple.com',
    'https://example.com/\u200bhidden',
    'https://example.com/\u202eevil',
    'https://exa\r\nmple.com',
    '',
  ])('rejects %j', (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });
});
