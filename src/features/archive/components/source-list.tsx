import type { ReactNode } from 'react';
import type { ArchiveSource } from '../../../archive/types';
import { formatCount } from '../../../text';
import {
  formatBytes,
  formatSince,
  formatSourceDates,
  KIND_LABELS,
  readableName,
} from '../archive-format';
import { MUTED, SECONDARY_BUTTON } from './archive-styles';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex gap-1.5">
      <dt className={MUTED}>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function When({ iso, now }: { iso: string; now: Date }) {
  return (
    <time dateTime={iso} title={new Date(iso).toLocaleString('ko-KR')}>
      {formatSince(iso, now)}
    </time>
  );
}

function SourceRow({
  source,
  now,
  busy,
  onRemove,
  onRefresh,
}: {
  source: ArchiveSource;
  now: Date;
  busy: boolean;
  onRemove: (source: ArchiveSource) => void;
  /** Checks a subscribed address with its host again. */
  onRefresh: (url: string) => void;
}) {
  const { url } = source;
  const name = readableName(source.name);
  return (
    <li className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:gap-4">
      <div className="min-w-0 flex-1">
        <h4 className="font-medium wrap-anywhere">{name}</h4>
        <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-0.5 text-sm">
          <Fact term="종류">{KIND_LABELS[source.kind]}</Fact>
          <Fact term="크기">{formatBytes(source.size)}</Fact>
          <Fact term="논문">{formatCount(source.paperCount)}편</Fact>
          <Fact term="기간">{formatSourceDates(source.firstDate, source.lastDate)}</Fact>
          {source.kind === 'subscription' ? (
            <Fact term="마지막 확인">
              <When iso={source.refreshedAt} now={now} />
            </Fact>
          ) : (
            <Fact term="보관">
              <When iso={source.addedAt} now={now} />
            </Fact>
          )}
        </dl>
      </div>
      <div className="flex shrink-0 gap-2">
        {url && (
          <button
            type="button"
            aria-label={`${name} 새로 확인`}
            aria-disabled={busy}
            onClick={() => !busy && onRefresh(url)}
            className={SECONDARY_BUTTON}
          >
            새로 확인
          </button>
        )}
        <button
          type="button"
          aria-label={`${name} 지우기`}
          onClick={() => onRemove(source)}
          className={SECONDARY_BUTTON}
        >
          지우기
        </button>
      </div>
    </li>
  );
}

/** The reader's own sources, changed last first, each with what it holds and a way to remove it. */
export function SourceList({
  sources,
  busy,
  onRemove,
  onRefresh,
}: {
  sources: readonly ArchiveSource[];
  busy: boolean;
  onRemove: (source: ArchiveSource) => void;
  onRefresh: (url: string) => void;
}) {
  if (sources.length === 0) {
    return (
      <p className={`text-sm ${MUTED}`}>
        아직 보관한 자료가 없습니다. 아래 ‘자료 더하기’에서 하루치 다이제스트를 붙여넣거나, 파일을
        보관하거나, 주소를 구독하세요.
      </p>
    );
  }
  const now = new Date();
  return (
    <ul aria-label="보관한 자료" className="divide-y divide-zinc-200 dark:divide-zinc-800">
      {sources.map((source) => (
        <SourceRow
          key={source.id}
          source={source}
          now={now}
          busy={busy}
          onRemove={onRemove}
          onRefresh={onRefresh}
        />
      ))}
    </ul>
  );
}
