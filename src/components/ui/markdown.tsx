import type { Element, Root } from 'hast';
import {
  Component,
  useCallback,
  useMemo,
  useState,
  type ComponentProps,
  type ReactNode,
} from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { hasMath, isSafeUrl, toDollarMath, typesetAbstract, type Segment } from '../../text';
import { useMathKit, type MathKit } from './markdown-katex-loader';
import { KATEX_OPTIONS } from './markdown-katex-options';

/** Wide display formulas scroll inside the text column instead of widening the page. */
const ROOT_CLASS = '[&_.katex-display]:overflow-x-auto [&_.katex-display]:overflow-y-hidden';

function classes(...names: (string | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

/** Opens only http, https and mailto URLs, in a new tab; anything else is left as its text. */
function SafeLink({ href, title, children }: ComponentProps<'a'>) {
  if (href === undefined || !isSafeUrl(href)) return <>{children}</>;
  return (
    <a
      href={href.trim()}
      title={title}
      target="_blank"
      rel="noopener noreferrer"
      className="wrap-anywhere"
    >
      {children}
    </a>
  );
}

/** Remote images in third-party text would be fetched on sight (a tracking beacon); show the alt text. */
function ImageAlt({ alt }: ComponentProps<'img'>) {
  return alt ? <>{alt}</> : null;
}

const COMPONENTS: Components = { a: SafeLink, img: ImageAlt };

function urlTransform(url: string): string | null {
  return isSafeUrl(url) ? url.trim() : null;
}

/** A formula that is not (yet) typeset is shown as its TeX source. */
function TexSource({ tex, title }: { tex: string; title?: string }) {
  return <code title={title}>{tex}</code>;
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

/**
 * Math is an enhancement: if typesetting throws despite KaTeX's own error handling, show the text
 * with its TeX source (`fallback`) rather than take the page down.
 */
class FallbackOnError extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
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

function Formula({
  katex,
  tex,
  display,
}: {
  katex: MathKit['katex'];
  tex: string;
  display: boolean;
}) {
  const [error, setError] = useState<string>();
  // KaTeX builds DOM nodes itself, so no HTML string is ever parsed.
  const typeset = useCallback(
    (element: HTMLElement | null) => {
      if (!element) return;
      try {
        katex.render(tex, element, { ...KATEX_OPTIONS, displayMode: display, throwOnError: true });
      } catch (cause) {
        setError(String(cause));
      }
    },
    [katex, tex, display],
  );
  return error === undefined ? <span ref={typeset} /> : <TexSource tex={tex} title={error} />;
}

function Emphasis({
  bold,
  italic,
  children,
}: {
  bold: boolean;
  italic: boolean;
  children: ReactNode;
}) {
  const slanted = italic ? <em>{children}</em> : children;
  return bold ? <strong>{slanted}</strong> : slanted;
}

function Segments({ segments, katex }: { segments: Segment[]; katex?: MathKit['katex'] }) {
  return segments.map((segment, index) => {
    switch (segment.type) {
      case 'text':
        return (
          <Emphasis key={index} bold={segment.bold} italic={segment.italic}>
            {segment.text}
          </Emphasis>
        );
      case 'link':
        return (
          <Emphasis key={index} bold={segment.bold} italic={segment.italic}>
            <SafeLink href={segment.href}>{segment.text}</SafeLink>
          </Emphasis>
        );
      case 'math':
        return katex ? (
          <Formula key={index} katex={katex} tex={segment.tex} display={segment.display} />
        ) : (
          <TexSource key={index} tex={segment.tex} />
        );
    }
  });
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
