import type { DigestWarning, DigestWarningKind } from '../../digest';

/** What the parser did about each kind of odd line, told to the reader. */
const WARNING_TEXT: Record<DigestWarningKind, string> = {
  'impossible-date': '없는 날짜입니다. 다음 날짜 줄까지의 논문은 ‘날짜 미상’에 두었습니다.',
  'stray-tags': '어느 논문에도 붙지 않은 태그 줄이라 건너뛰었습니다.',
  'url-without-title': '뒤에 제목이 없는 URL 줄이라 건너뛰었습니다.',
  'no-authors': '제목 다음에 괄호 속 저자 줄이 없어 저자를 비워 두었습니다.',
  'unclosed-authors': '저자 줄에 닫는 괄호가 없어 줄 끝까지 저자로 읽었습니다.',
  'no-tags': '태그 줄이 없는 논문이라 태그 없이 두었습니다.',
  'repeated-title': '앞에 나온 논문과 제목이 같습니다. 둘 다 실었습니다.',
  'control-characters': '보이지 않는 제어 문자를 지웠습니다.',
  'invalid-utf8': 'UTF-8이 아닌 바이트를 �로 바꿨습니다.',
  'repeated-paper': '다른 파일에 같은 논문이 있어 한 번만 실었습니다.',
};

const SKIPPED: ReadonlySet<DigestWarningKind> = new Set(['stray-tags', 'url-without-title']);

export function warningText(warning: DigestWarning): string {
  return WARNING_TEXT[warning.kind];
}

/** One line for all of a digest's warnings: lines skipped first, then dates, then the rest. */
export function warningsSummary(warnings: readonly DigestWarning[]): string {
  let skipped = 0;
  let dates = 0;
  for (const { kind } of warnings) {
    if (SKIPPED.has(kind)) skipped++;
    else if (kind === 'impossible-date') dates++;
  }
  const others = warnings.length - skipped - dates;
  const parts: string[] = [];
  if (skipped > 0) parts.push(`${skipped}줄을 건너뛰었습니다.`);
  if (dates > 0) parts.push(`없는 날짜가 ${dates}개 있어 그 아래 논문을 ‘날짜 미상’에 두었습니다.`);
  if (others > 0) parts.push(`${others}곳은 고쳐 읽었습니다.`);
  return parts.join(' ');
}
