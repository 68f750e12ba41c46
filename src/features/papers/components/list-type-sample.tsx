import type { DigestEntry } from '../../../digest';
import { DayHeading } from './day-heading';
import { PaperRow } from './paper-row';

const SAMPLE: DigestEntry = {
  id: 'sample',
  date: '2024-03-08',
  title: 'Scaling Language Models with Reinforcement Learning',
  authors: ['Ann Lee', 'Bo Kim', 'Chris Park', 'Dana Choi'],
  affiliation: '',
  abstract: '',
  commentary: '모델을 키우는 것보다 데이터를 정제하는 것이 효과적이라는 흥미로운 연구입니다.',
  translation: '',
  tags: ['llm', '강화학습'],
  links: [],
  line: 1,
};

const ignore = () => {};

/**
 * A day heading and a paper row in invisible text, for a screen still waiting for its papers.
 * Laying them out makes the browser resolve the list's fonts then (each weight and size, the web
 * font's slices, fallbacks for Korean and for English), not in the frame that shows the first
 * papers: on a 2-core machine that took 20-25 ms of that frame's 40-60 ms layout.
 */
export function ListTypeSample() {
  return (
    <div aria-hidden="true" inert className="invisible absolute inset-x-0 top-0 overflow-hidden">
      <DayHeading date={SAMPLE.date} count={1} read={0} />
      <PaperRow
        entry={SAMPLE}
        href="/"
        selected={false}
        cursor={false}
        read={false}
        bookmarked={false}
        onToggleBookmark={ignore}
      />
    </div>
  );
}
