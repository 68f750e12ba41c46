import { describe, expect, it } from 'vitest';
import type { DigestWarning, DigestWarningKind } from '../../../src/digest';
import { warningsSummary, warningText } from '../../../src/features/digest/warning-text';

const warning = (kind: DigestWarningKind, line = 1): DigestWarning => ({
  line,
  kind,
  message: 'as the parser says it',
});

describe('warningsSummary', () => {
  it('counts skipped lines first, then impossible dates, then the rest', () => {
    expect(
      warningsSummary([
        warning('stray-tags'),
        warning('impossible-date'),
        warning('url-without-title'),
        warning('no-tags'),
        warning('stray-tags'),
      ]),
    ).toBe(
      '3줄을 건너뛰었습니다. 없는 날짜가 1개 있어 그 아래 논문을 ‘날짜 미상’에 두었습니다. 1곳은 고쳐 읽었습니다.',
    );
  });

  it('leaves out what did not happen', () => {
    expect(warningsSummary([warning('url-without-title')])).toBe('1줄을 건너뛰었습니다.');
    expect(warningsSummary([warning('no-authors'), warning('no-tags')])).toBe(
      '2곳은 고쳐 읽었습니다.',
    );
  });
});

describe('warningText', () => {
  it('says in Korean what was done about an impossible date', () => {
    expect(warningText(warning('impossible-date'))).toContain('없는 날짜입니다');
    expect(warningText(warning('stray-tags'))).toContain('건너뛰었습니다');
  });
});
