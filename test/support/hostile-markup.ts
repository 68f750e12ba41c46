/**
 * Digest text that asks for markup: raw HTML, event handlers, script links, TeX links. The
 * renderer's tests show each as inert text, and the prerender's tests run each through a whole
 * page, so that both ways a page is made are held to the same cases.
 */
export const HOSTILE_HTML = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>'];

export const HOSTILE_HTML_BLOCK = '<div onclick="alert(1)">\n<script>alert(1)</script>\n</div>';

export const HOSTILE_LINKS = [
  '[click](javascript:alert(1))',
  '[click](JAVASCRIPT:alert(1))',
  '[click](java&#10;script:alert(1))',
  '[click](vbscript:msgbox(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[click](/relative)',
  '<javascript:alert(1)>',
];

export const HOSTILE_TEX = [
  '식 $x + \\href{javascript:alert(1)}{y} + \\url{javascript:alert(2)}$ 끝',
  'See \\href{javascript:alert(1)}{this} and \\url{data:text/html,<script>alert(1)</script>}.',
  '<script>alert(1)</script> \\href{javascript:alert(1)}{x} $y$',
];

/** Every case above, for tests that run them all. */
export const HOSTILE_MARKUP = [
  ...HOSTILE_HTML,
  HOSTILE_HTML_BLOCK,
  ...HOSTILE_LINKS,
  ...HOSTILE_TEX,
  '</title><meta name="robots" content="noindex">',
  '" onmouseover="alert(1)',
  '</script><script>alert(1)</script>',
  '<!-- -->',
  '<![CDATA[ ]]>',
  '\u2028\u2029',
];
