/**
 * Deterministic synthetic digests of any size, shaped like real ones: several papers a day, URL
 * lines, hard-wrapped abstracts, Korean commentary with an occasional English rendering, entries
 * without abstract or tags. Used for large fixtures and benchmarks without the reference corpus.
 */

const TOPICS = [
  'llm',
  'alignment',
  'vision-language',
  'diffusion',
  'moe',
  'rl',
  'benchmark',
  'efficiency',
  'dataset',
  'scaling-law',
  'transformer',
  'text-to-image',
];
const NOUNS = [
  'Transformers',
  'Diffusion Models',
  'Language Models',
  'Mixture of Experts',
  'Reward Models',
  'Vision Encoders',
  'Tokenizers',
  'State Space Models',
];
const VERBS = [
  'Scaling',
  'Aligning',
  'Distilling',
  'Compressing',
  'Evaluating',
  'Teaching',
  'Steering',
  'Pretraining',
];
const FIRST = ['Alex', 'Bei', 'Chao', 'Dana', 'Eun-ji', 'Fatima', 'Gil', 'Hyun', 'Iris', 'Jun'];
const LAST = ['Kim', 'Lee', 'Park', 'Chen', 'Wang', 'Smith', 'Garcia', 'Müller', 'Tanaka', 'Young'];
const ENGLISH = [
  'We study how model quality changes with data and compute.',
  'Our method improves accuracy on several benchmarks by a wide margin.',
  'We release code and weights to foster further research.',
  'Experiments show consistent gains at $10^6$ training steps with \\textbf{no} extra cost.',
  'The approach relies on a simple objective that is easy to implement.',
];
const KOREAN = [
  '모델을 키우는 것보다 데이터를 정제하는 것이 더 효과적이라는 결과네요.',
  '강화학습으로 추론 능력을 끌어올리는 시도입니다. 흥미롭네요.',
  '학습 효율에 대한 분석이 상세하군요. 재현해볼 만한 것 같습니다.',
  '벤치마크 오염 문제를 어떻게 다룰지에 대한 이야기도 있습니다.',
  '토크나이저의 영향이 생각보다 크다는 것이 인상적이네요.',
];

/** A small, seedable PRNG (mulberry32) so fixtures are identical on every run. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticOptions {
  entries: number;
  seed?: number;
  /** Date of the first day; later days follow one by one. */
  start?: string;
}

export function syntheticDigest({
  entries,
  seed = 1,
  start = '2023-01-02',
}: SyntheticOptions): string {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const out: string[] = [];
  const day = new Date(`${start}T00:00:00Z`);
  let left = 0;
  for (let n = 0; n < entries; n++) {
    if (left === 0) {
      out.push(`${day.getUTCFullYear()}년 ${day.getUTCMonth() + 1}월 ${day.getUTCDate()}일`);
      day.setUTCDate(day.getUTCDate() + 1);
      left = 1 + Math.floor(next() * 6);
    }
    left--;
    if (next() < 0.3)
      out.push(`https://arxiv.org/abs/24${String(n % 100).padStart(2, '0')}.${String(10000 + n)}`);
    out.push(`${pick(VERBS)} ${pick(NOUNS)} ${n}: ${pick(VERBS)} ${pick(NOUNS)}`);
    const authors = Array.from(
      { length: 1 + Math.floor(next() * 8) },
      () => `${pick(FIRST)} ${pick(LAST)}`,
    );
    out.push(`(${next() < 0.05 ? 'Lab: ' : ''}${authors.join(', ')})`);
    if (next() < 0.6) {
      const sentences = Array.from({ length: 4 + Math.floor(next() * 8) }, () => pick(ENGLISH));
      if (next() < 0.1) out.push(sentences.slice(0, 2).join(' '), sentences.slice(2).join(' '));
      else out.push(sentences.join(' '));
    }
    const paragraphs = Math.floor(next() * 3) + (next() < 0.1 ? 0 : 1);
    for (let p = 0; p < paragraphs; p++) out.push(`${pick(KOREAN)} ${pick(KOREAN)}`);
    if (paragraphs > 0 && next() < 0.2) out.push('An English rendering of the commentary above.');
    if (next() < 0.92) {
      const tags = new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(TOPICS)));
      out.push([...tags].map((tag) => `#${tag}`).join(' '));
    }
    if (next() < 0.2) out.push('');
  }
  return `${out.join('\n')}\n`;
}
