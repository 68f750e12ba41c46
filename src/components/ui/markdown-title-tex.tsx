import { useMemo } from 'react';
import { plainTitle, typesetTitle } from '../../text';
import { useMathKit } from './markdown-katex-loader';
import { FallbackOnError, Segments } from './markdown-segments';

export { plainTitle };

/**
 * A title written with TeX, typeset (formulas by KaTeX, loaded on first need). Assistive technology
 * reads it as plain text (`S²R`), which also keeps it the accessible name of a link or heading.
 */
export function TexTitle({ title }: { title: string }) {
  const segments = useMemo(() => typesetTitle(title), [title]);
  const kit = useMathKit(segments.some((segment) => segment.type === 'math'));
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
