/**
 * Whether `text` may contain TeX math: `$…$`, `$$…$$`, `\(…\)` or `\[…\]`. It only looks for the
 * delimiters, so it can say yes to text without math (`\$5 or \$10`) but never no to text with it;
 * that makes it a cheap gate for loading the math renderer.
 */
export function hasMath(text: string): boolean {
  if (text.includes('\\(') || text.includes('\\[')) return true;
  const first = text.indexOf('$');
  return first !== -1 && text.includes('$', first + 1);
}
