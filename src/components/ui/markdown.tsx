import type { Element, Root } from 'hast';
import { useMemo, type ComponentProps } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { hasMath, isSafeUrl, toDollarMath, typesetAbstract } from '../../text';
import { useMathKit, type MathKit } from './markdown-katex-loader';
import { KATEX_OPTIONS } from './markdown-katex-options';
import { FallbackOnError, SafeLink, Segments } from './markdown-segments';

/** Wide display formulas scroll inside the text column instead of widening the page. */
const ROOT_CLASS = '[&_.katex-display]:overflow-x-auto [&_.katex-display]:overflow-y-hidden';

function classes(...names: (string | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

/** Remote images in third-party text would be fetched on sight (a tracking beacon); show the alt text. */
function ImageAlt({ alt }: ComponentProps<'img'>) {
  return alt ? <>{alt}</> : null;
}

const COMPONENTS: Components = { a: SafeLink, img: ImageAlt };

function urlTransform(url: string): string | null {
  return isSafeUrl(url) ? url.trim() : null;
}

/**
 * rehype-katex shows a formula KaTeX cannot parse as red text in a `span.katex-error`. Make it look
 * like any other untypeset formula instead, keeping KaTeX's message as the title.
 */
function rehypeTexSource() {
  return (tree: Root) => {
    const parents: (Root | Element)[] = [tree];
    for (let parent = parents.pop(); parent; parent = parents.pop()) {
      for (const child of parent.children) {
        if (child.type !== 'element') continue;
        const className = child.properties.className;
        if (Array.isArray(className) && className.includes('katex-error')) {
          child.tagName = 'code';
          child.properties = { title: child.properties.title };
        } else {
          parents.push(child);
        }
      }
    }
  };
}

function MarkdownView({ source, kit }: { source: string; kit?: MathKit }) {
  return (
    <ReactMarkdown
      remarkPlugins={kit ? [remarkGfm, kit.remarkMath] : [remarkGfm]}
      rehypePlugins={kit ? [[kit.rehypeKatex, KATEX_OPTIONS], rehypeTexSource] : []}
      urlTransform={urlTransform}
      components={COMPONENTS}
    >
      {source}
    </ReactMarkdown>
  );
}

export interface MarkdownProps {
  /** Markdown, e.g. an entry's commentary. Raw HTML in it is shown as text. */
  text: string;
  /** Language of the text, for hyphenation, fonts and screen readers. */
  lang?: string;
  className?: string;
}

/**
 * Renders commentary Markdown (GFM, so bare URLs become links) with live links only for http, https
 * and mailto. Math (`$…$`, `$$…$$`, `\(…\)`, `\[…\]`) is typeset by KaTeX, which is downloaded only
 * for text that seems to hold math; until then, and for formulas KaTeX rejects, the TeX source shows.
 */
export function Markdown({ text, lang, className }: MarkdownProps) {
  const math = hasMath(text);
  const source = useMemo(() => (math ? toDollarMath(text) : text), [math, text]);
  const kit = useMathKit(math);
  const plain = <MarkdownView source={source} />;
  return (
    <div lang={lang} className={classes(ROOT_CLASS, className)}>
      {kit ? (
        <FallbackOnError key={source} fallback={plain}>
          <MarkdownView source={source} kit={kit} />
        </FallbackOnError>
      ) : (
        plain
      )}
    </div>
  );
}

export interface AbstractProps {
  /** An abstract as arXiv gives it, LaTeX markup and all. */
  text: string;
  className?: string;
}

/**
 * Renders an English abstract with its LaTeX typography resolved (see `typesetAbstract`): bold,
 * italics, Greek letters, quotes, safe links, and formulas typeset by KaTeX once it has loaded.
 */
export function Abstract({ text, className }: AbstractProps) {
  const segments = useMemo(() => typesetAbstract(text), [text]);
  const kit = useMathKit(segments.some((segment) => segment.type === 'math'));
  const plain = <Segments segments={segments} />;
  return (
    <p lang="en" className={classes(ROOT_CLASS, className)}>
      {kit ? (
        <FallbackOnError key={text} fallback={plain}>
          <Segments segments={segments} katex={kit.katex} />
        </FallbackOnError>
      ) : (
        plain
      )}
    </p>
  );
}
