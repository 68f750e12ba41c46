import type { ArchiveFailure, ArchiveSource } from '../../archive/types';
import type { ImportSummary, LibraryData } from '../../library';
import { formatCount } from '../../text';
import type { MergeReport, PaperConflict } from '../digest/api/archive-digest';
import { CONNECTION_TEXT, httpStatusText, notADigestText } from '../digest/failure-text';
import { readableName } from './archive-format';

/** What an action on the archive did, in one Korean sentence or two for the live region. */
export interface ArchiveOutcome {
  /** The change was made, or was not needed; false when it was refused or failed. */
  ok: boolean;
  text: string;
  /** The browser's storage is full: the panel offers to remove the oldest sources. */
  quota?: boolean;
}

/** The three ways a digest comes in, each named as the reader did it. */
export type AddedBy = 'file' | 'paste' | 'subscription';

export const QUOTA_TEXT =
  '저장 공간이 가득 차서 보관하지 못했습니다. 이미 보관한 자료는 그대로입니다. 오래된 자료를 지우면 공간이 생깁니다.';

export { ARCHIVE_UNAVAILABLE_TEXT } from './unavailable-text';

export const EMPTY_PASTE_TEXT =
  '붙여넣은 내용이 비어 있습니다. 다이제스트 텍스트를 붙여넣어 주세요.';

export const EXPORT_FAILED_TEXT =
  '보관함을 내보내지 못했습니다. 페이지를 새로 고친 뒤 다시 시도해 주세요.';

const LIBRARY_KEPT = '이 자료의 논문에 남긴 책갈피, 읽음 표시, 메모는 그대로 남습니다.';

const NO_PAPERS_TEXT =
  '논문을 찾지 못했습니다. 날짜 줄(예: 2024년 3월 8일)과 논문 제목, 저자 줄이 있는 다이제스트 텍스트인지 확인하세요.';

/** At most this many conflicts are named one by one; the rest are counted. */
const NAMED_CONFLICTS = 3;

function conflictText(conflicts: readonly PaperConflict[]): string {
  const named = conflicts
    .slice(0, NAMED_CONFLICTS)
    .map(
      ({ title, kept, other }) =>
        `“${title}” — ${readableName(kept)} 쪽을 보여 주고 ${readableName(other)} 쪽은 제쳐 둡니다`,
    );
  const rest = conflicts.length - named.length;
  return `내용이 다른 논문 ${formatCount(conflicts.length)}편: ${named.join('; ')}${rest > 0 ? ` (외 ${formatCount(rest)}편)` : ''}.`;
}

/** `새 논문 8편, 이미 있던 논문 2편`, and the conflicts with both sources named. */
export function mergeText(report: MergeReport): string {
  let text = `새 논문 ${formatCount(report.added)}편`;
  if (report.duplicates) text += `, 이미 있던 논문 ${formatCount(report.duplicates)}편`;
  if (report.conflicts.length > 0) text += `. ${conflictText(report.conflicts)}`;
  return text;
}

function addedHeadline(by: AddedBy, source: ArchiveSource): string {
  switch (by) {
    case 'file':
      return `${source.name} 파일을 보관했습니다`;
    case 'paste':
      return '붙여넣은 다이제스트를 보관했습니다';
    case 'subscription':
      return `${readableName(source.name)} 주소를 구독했습니다`;
  }
}

/**
 * A digest stored and merged into the list: `붙여넣은 다이제스트를 보관했습니다: 새 논문 8편,
 * 이미 있던 논문 2편`. Without a report (the list could not take it in yet) it says where it is.
 */
export function addedText(by: AddedBy, source: ArchiveSource, report: MergeReport | null): string {
  const headline = addedHeadline(by, source);
  if (!report) return `${headline}. 목록에는 페이지를 새로 고치면 나타납니다.`;
  return `${headline}: ${mergeText(report)}`;
}

export function alreadyStoredText(source: ArchiveSource): string {
  return `이미 보관한 다이제스트입니다: ${readableName(source.name)}`;
}

export function unchangedSubscriptionText(source: ArchiveSource): string {
  return `이미 구독하고 있는 주소이며 새로 바뀐 내용은 없습니다: ${readableName(source.name)}`;
}

/** Why a paste was refused: the paste's own words for what the file texts say of files. */
function pasteRefusalText(failure: ArchiveFailure & { kind: 'not-a-digest' }): string {
  switch (failure.refusal.kind) {
    case 'empty':
      return EMPTY_PASTE_TEXT;
    case 'html':
      return '웹 페이지의 HTML이 붙여넣어졌습니다. 다이제스트의 텍스트만 복사해 붙여넣어 주세요.';
    default:
      return notADigestText(failure.refusal, 'file');
  }
}

/** Why adding a digest `by` one of the three ways failed; what was stored before stays. */
export function failureText(failure: ArchiveFailure, by: AddedBy | 'import' | 'remove'): string {
  switch (failure.kind) {
    case 'quota':
      return QUOTA_TEXT;
    case 'not-a-digest':
      if (by === 'paste') return pasteRefusalText(failure);
      return `다이제스트가 아닙니다. ${notADigestText(failure.refusal, by === 'subscription' ? 'address' : 'file')}`;
    case 'no-papers':
      return NO_PAPERS_TEXT;
    case 'network':
      return `구독하지 못했습니다. ${failure.status === null ? CONNECTION_TEXT : httpStatusText(failure.status)}`;
    case 'invalid-file':
      return by === 'import' ? `가져오지 못했습니다. ${failure.message}` : failure.message;
    case 'missing':
      return '이미 지워진 자료입니다. 목록을 새로 고쳤습니다.';
    case 'storage':
      return `브라우저 저장소에 문제가 생겨 바꾸지 못했습니다. 이미 보관한 자료는 그대로입니다. 페이지를 새로 고친 뒤 다시 시도해 주세요. (${failure.error})`;
  }
}

/** The outcome of a failed change, with the quota flag that makes the panel offer to free space. */
export function failureOutcome(
  failure: ArchiveFailure,
  by: AddedBy | 'import' | 'remove',
): ArchiveOutcome {
  return { ok: false, text: failureText(failure, by), quota: failure.kind === 'quota' };
}

export function removedText(names: readonly string[]): string {
  const readable = names.map(readableName);
  if (readable.length === 1) return `지웠습니다: ${readable[0] ?? ''}. ${LIBRARY_KEPT}`;
  return `자료 ${formatCount(readable.length)}개를 지웠습니다: ${readable.join(', ')}. ${LIBRARY_KEPT}`;
}

/** Said before a source is removed, so that the reader knows what stays. */
export const REMOVE_WARNING = `목록에서 이 자료의 논문이 빠집니다(다른 자료에도 있는 논문은 남습니다). ${LIBRARY_KEPT}`;

export function exportedText(fileName: string, sources: number, library: LibraryData): string {
  const kept =
    Object.keys(library.bookmarks).length +
    Object.keys(library.read).length +
    Object.keys(library.notes).length;
  return `보관함을 ${fileName} 파일로 내보냈습니다: 자료 ${formatCount(sources)}개, 책갈피·읽음 표시·메모 ${formatCount(kept)}개.`;
}

export function importedText(
  added: number,
  skipped: number,
  report: MergeReport | null,
  library: ImportSummary | null,
): string {
  const parts = [`자료 ${formatCount(added)}개를 더했습니다`];
  if (skipped > 0) parts.push(`이미 있던 자료 ${formatCount(skipped)}개는 건너뛰었습니다`);
  if (report) parts.push(mergeText(report));
  if (library) {
    const sections = [library.bookmarks, library.read, library.notes];
    const newItems = sections.reduce((sum, section) => sum + section.added, 0);
    const updated = sections.reduce((sum, section) => sum + section.updated, 0);
    parts.push(
      `책갈피·읽음 표시·메모 새 항목 ${formatCount(newItems)}개, 갱신 ${formatCount(updated)}개`,
    );
  }
  return `보관함을 가져왔습니다. ${parts.join('. ')}.`;
}
