import { useMemo } from 'react';
import { plainTitle, titleHoldsTex, typesetTitle } from '../../text';
import { HighlightedText, type TextRange } from './highlighted-text';
import { useMathKit } from './markdown-katex-loader';
import { FallbackOnError, Segments } from './markdown-segments';

export interface PaperTitleProps {
  /** The title as the digest gives it, TeX and all (`S$^2$R`). */
  title: string;
  /** Search matches to mark; kept for titles without TeX, whose text is shown as written. */
  ranges?: readonly TextRange[];
}

/**
 * A paper title, with its TeX typeset (formulas by KaTeX, loaded on first need) when it holds any,
 * else its text as written with `ranges` marked. Assistive technology reads a TeX title as plain
 * text (`S²R`), which also keeps it the accessible name of a link or heading around it.
 */
export function PaperTitle({ title, ranges = [] }: PaperTitleProps) {
  const tex = titleHoldsTex(title);
  const segments = useMemo(() => (tex ? typesetTitle(title) : []), [tex, title]);
  const kit = useMathKit(segments.some((segment) => segment.type === 'math'));
  if (!tex) return <HighlightedText text={title} ranges={ranges} />;
  const plain = <Segments segments={segments} inline />;
  return (
    <>
      <span aria-hidden="true">
        {kit ? (
          <FallbackOnError key={title} fallback={plain}>
            <Segments segments={segments} katex={kit.katex} inline />
          </FallbackOnError>
        ) : (
          plain
        )}
      </span>
      <span className="sr-only">{plainTitle(title)}</span>
    </>
  );
}
