import { describe, expect, it } from 'vitest';
import { NOTE_VERSIONS_SEPARATOR, joinNoteVersions, mergeNote } from '../../src/library';

describe('mergeNote', () => {
  it('takes the side that changed when only one did', () => {
    expect(mergeNote('처음', '처음 + 여기', '처음')).toEqual({
      text: '처음 + 여기',
      conflict: false,
    });
    expect(mergeNote('처음', '처음', '처음 + 저기')).toEqual({
      text: '처음 + 저기',
      conflict: false,
    });
  });

  it('is no conflict when both sides made the same change', () => {
    expect(mergeNote('처음', '같은 것', '같은 것')).toEqual({ text: '같은 것', conflict: false });
  });

  it('keeps both texts, this tab’s first, when both changed the note', () => {
    expect(mergeNote('처음', '여기서 고침', '저기서 고침')).toEqual({
      text: `여기서 고침${NOTE_VERSIONS_SEPARATOR}저기서 고침`,
      conflict: true,
    });
  });

  it('keeps an edit made on one side when the other side cleared the note', () => {
    expect(mergeNote('처음', '', '저기서 고침')).toEqual({ text: '저기서 고침', conflict: true });
    expect(mergeNote('처음', '여기서 고침', ' ')).toEqual({ text: '여기서 고침', conflict: true });
  });
});

describe('joinNoteVersions', () => {
  it('adds nothing for a blank side', () => {
    expect(joinNoteVersions('내 것', '')).toBe('내 것');
    expect(joinNoteVersions('\n', '그쪽 것')).toBe('그쪽 것');
  });
});
