/**
 * Class lists shared by the detail pane's parts. Colours assume a white or zinc-50 page in light
 * mode and zinc-900/950 in dark mode, where every pairing below meets WCAG AA.
 */

/** Keyboard focus must stay visible on every control, whatever the theme. */
export const FOCUS_RING =
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:focus-visible:outline-indigo-400';

/**
 * Tailwind's preflight strips paragraphs, lists and links in rendered Markdown down to bare text.
 * This restores just what reading needs, scoped to the element, instead of enabling the typography
 * plugin for the whole app.
 */
export const RICH_TEXT = [
  '[&>*+*]:mt-4',
  '[&_ul]:list-disc [&_ul]:ps-6 [&_ol]:list-decimal [&_ol]:ps-6 [&_li+li]:mt-1',
  '[&_strong]:font-semibold [&_strong]:text-zinc-950 dark:[&_strong]:text-white',
  '[&_code]:rounded [&_code]:bg-zinc-100 [&_code]:px-1 [&_code]:font-mono [&_code]:text-[0.9em] dark:[&_code]:bg-zinc-800',
  '[&_blockquote]:border-s-4 [&_blockquote]:border-zinc-300 [&_blockquote]:ps-4 dark:[&_blockquote]:border-zinc-600',
  '[&_a]:rounded-sm [&_a]:text-indigo-700 [&_a]:underline [&_a]:decoration-1 [&_a]:underline-offset-2 [&_a:hover]:decoration-2 dark:[&_a]:text-indigo-300',
  '[&_a:focus-visible]:outline-2 [&_a:focus-visible]:outline-offset-2 [&_a:focus-visible]:outline-indigo-600 dark:[&_a:focus-visible]:outline-indigo-400',
].join(' ');

/** Hangul reads best a touch larger than Latin text at the same line height. */
export const KOREAN_TEXT = 'text-[15.5px]/7';

export const ENGLISH_TEXT = 'text-[15px]/7 hyphens-auto';
