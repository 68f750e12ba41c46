import { titleHoldsTex } from '../../text/title-tex';
import { HighlightedText, type TextRange } from './highlighted-text';
import { lazyModule } from './lazy-module';

/**
 * Few titles hold TeX, and reading it takes the whole typesetter, so that code is fetched when the
 * first such title shows; until then the title shows as written.
 */
const titleKit = lazyModule(() => import('./markdown-title-tex'));
const useTitleKit = titleKit.use;

/** Loads the title typesetter now: a page rendered ahead of time needs it before it hydrates. */
export const loadTitleKit = titleKit.load;

/**
 * A title as plain text for places markup cannot go (the document title, a button's name):
 * `S$^2$R` reads S²R once the typesetter has loaded, and as written until then.
 */
export function usePlainTitle(title: string): string {
  const tex = titleHoldsTex(title);
  const kit = useTitleKit(tex);
  return kit ? kit.plainTitle(title) : title;
}

export interface PaperTitleProps {
  /** The title as the digest gives it, TeX and all (`S$^2$R`). */
  title: string;
  /** Search matches to mark; kept for titles without TeX, whose text is shown as written. */
  ranges?: readonly TextRange[];
}

/**
 * A paper title: with its TeX typeset when it holds any (see `TexTitle`), else its text as written
 * with `ranges` marked.
 */
export function PaperTitle({ title, ranges = [] }: PaperTitleProps) {
  const tex = titleHoldsTex(title);
  const kit = useTitleKit(tex);
  if (!tex) return <HighlightedText text={title} ranges={ranges} />;
  return kit ? <kit.TexTitle title={title} /> : <>{title}</>;
}
