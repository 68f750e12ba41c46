import { Component, useMemo, type ComponentProps, type ReactNode } from 'react';
import { isSafeUrl, type Segment, type TextStyle } from '../../text';
import type { MathKit } from './markdown-katex-loader';
import { KATEX_OPTIONS } from './markdown-katex-options';

/** Opens only http, https and mailto URLs, in a new tab; anything else is left as its text. */
export function SafeLink({ href, title, children }: ComponentProps<'a'>) {
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

/** A formula that is not (yet) typeset is shown as its TeX source. */
export function TexSource({ tex, title }: { tex: string; title?: string }) {
  return <code title={title}>{tex}</code>;
}

/**
 * Math is an enhancement: if typesetting throws despite KaTeX's own error handling, show the text
 * with its TeX source (`fallback`) rather than take the page down.
 */
export class FallbackOnError extends Component<
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

function Formula({
  katex,
  tex,
  display,
}: {
  katex: MathKit['katex'];
  tex: string;
  display: boolean;
}) {
  const typeset = useMemo(() => {
    try {
      const options = { ...KATEX_OPTIONS, displayMode: display, throwOnError: true };
      return { html: katex.renderToString(tex, options) };
    } catch (cause) {
      return { error: String(cause) };
    }
  }, [katex, tex, display]);
  // KaTeX writes the markup itself, with the formula's text escaped and, as KATEX_OPTIONS asks,
  // no links or HTML of the formula's own. As a string it is the same in a page rendered ahead of
  // time and in the browser that takes the page over.
  return typeset.html !== undefined ? (
    <span dangerouslySetInnerHTML={{ __html: typeset.html }} />
  ) : (
    <TexSource tex={tex} title={typeset.error} />
  );
}

function Styled({ style, children }: { style: TextStyle; children: ReactNode }) {
  let content = children;
  if (style.code) content = <code>{content}</code>;
  if (style.underline) content = <u>{content}</u>;
  if (style.italic) content = <em>{content}</em>;
  return style.bold ? <strong>{content}</strong> : content;
}

/**
 * Typeset text: styled runs, safe links, and formulas through KaTeX once `katex` is given, their
 * TeX source until then. `inline` sets display formulas in the line, as a title needs.
 */
export function Segments({
  segments,
  katex,
  inline = false,
}: {
  segments: readonly Segment[];
  katex?: MathKit['katex'];
  inline?: boolean;
}) {
  return segments.map((segment, index) => {
    switch (segment.type) {
      case 'text':
        return (
          <Styled key={index} style={segment}>
            {segment.text}
          </Styled>
        );
      case 'link':
        return (
          <Styled key={index} style={segment}>
            <SafeLink href={segment.href}>{segment.text}</SafeLink>
          </Styled>
        );
      case 'math':
        return katex ? (
          <Formula
            key={index}
            katex={katex}
            tex={segment.tex}
            display={segment.display && !inline}
          />
        ) : (
          <TexSource key={index} tex={segment.tex} />
        );
    }
  });
}
