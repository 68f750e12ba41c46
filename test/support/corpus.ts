import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The true fields of one corpus entry, as `dev.truth.json` gives them. */
export interface TruthEntry {
  date: string | null;
  title: string;
  authors: string;
  abstract: string;
  commentary: string[];
  tags: string[];
  url: string | null;
}

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The reference corpus of real digest entries lives beside the project, never inside it. Set
 * DIGEST_CORPUS_DIR to read it from elsewhere. Returns null where it is absent, so that callers
 * can skip with a note.
 */
export function loadCorpus(): { text: string; truth: TruthEntry[]; dir: string } | null {
  const dir = process.env.DIGEST_CORPUS_DIR ?? resolve(projectRoot, '..', 'shared', 'corpus');
  const textPath = resolve(dir, 'dev.txt');
  const truthPath = resolve(dir, 'dev.truth.json');
  if (!existsSync(textPath) || !existsSync(truthPath)) return null;
  return {
    text: readFileSync(textPath, 'utf8'),
    truth: JSON.parse(readFileSync(truthPath, 'utf8')) as TruthEntry[],
    dir,
  };
}
