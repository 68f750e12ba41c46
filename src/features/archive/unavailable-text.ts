// Apart from the archive's other sentences, which the first page does not load: the page says it
// when the archive's own code could not be loaded.

/** The archive's code or its storage could not be started at all. */
export const ARCHIVE_UNAVAILABLE_TEXT =
  '보관함을 열지 못했습니다. 페이지를 새로 고친 뒤 다시 시도해 주세요.';
