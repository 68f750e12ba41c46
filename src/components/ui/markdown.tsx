import type { Element, Root } from 'hast';
import { createContext, use, useMemo, type ComponentProps } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import { Link } from 'react-router';
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

/** The app's path for a link's address, or null for a link that leaves the app. */
export type LinkTarget = (href: string) => string | null;

const LinkTargetContext = createContext<LinkTarget | null>(null);

/** A link into the app opens there, in this tab; any other is a `SafeLink`. */
function MarkdownLink(props: ComponentProps<'a'>) {
  const path = props.href === undefined ? null : use(LinkTargetContext)?.(props.href.trim());
  if (!path) return <SafeLink {...props} />;
  return (
    <Link to={path} title={props.title} className="wrap-anywhere">
      {props.children}
    </Link>
  );
}

const COMPONENTS: Components = { a: MarkdownLink, img: ImageAlt };

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
  /** Where links that lead into the app go there (see `LinkTarget`); without it, none does. */
  linkTarget?: LinkTarget;
}

/**
 * Renders commentary Markdown (GFM, so bare URLs become links) with live links only for http, https
 * and mailto, opening in a new tab unless `linkTarget` gives them a path in the app. Math (`$…$`, `$$…$$`, `\(…\)`, `\[…\]`) is typeset by KaTeX, which is downloaded only
 * for text that seems to hold math; until then, and for formulas KaTeX rejects, the TeX source shows.
 */
export function Markdown({ text, lang, className, linkTarget }: MarkdownProps) {
  const math = hasMath(text);
  const source = useMemo(() => (math ? toDollarMath(text) : text), [math, text]);
  const kit = useMathKit(math);
  const plain = <MarkdownView source={source} />;
  return (
    <div lang={lang} className={classes(ROOT_CLASS, className)}>
      <LinkTargetContext value={linkTarget ?? null}>
        {kit ? (
          <FallbackOnError key={source} fallback={plain}>
            <MarkdownView source={source} kit={kit} />
          </FallbackOnError>
        ) : (
          plain
        )}
      </LinkTargetContext>
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
