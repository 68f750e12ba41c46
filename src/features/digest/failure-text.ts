import type { NotADigest } from '../../digest';

/** Where bytes that are not a digest came from: the reader's own file, or a web address. */
export type Origin = 'file' | 'address';

/** Why a file or an address is not a digest, in one short sentence for the reader. */
export function notADigestText(refusal: NotADigest, origin: Origin): string {
  switch (refusal.kind) {
    case 'empty':
      return origin === 'file'
        ? '빈 파일입니다. 논문이 적힌 다이제스트 파일을 골라 주세요.'
        : '빈 파일이 왔습니다. 주소가 다이제스트 텍스트 파일을 가리키는지 확인하세요.';
    case 'html':
      return origin === 'file'
        ? 'HTML 페이지는 다이제스트가 아닙니다. 다이제스트 텍스트 파일(.txt)을 골라 주세요.'
        : 'HTML 페이지가 왔습니다 — 주소가 다이제스트 텍스트 파일을 가리키는지 확인하세요.';
    case 'utf16':
      return 'UTF-16으로 저장된 파일입니다. UTF-8로 다시 저장해 주세요.';
    case 'not-utf8':
      return 'UTF-8 텍스트가 아닙니다. EUC-KR 같은 다른 인코딩이라면 UTF-8로 다시 저장해 주세요.';
    case 'binary':
      return binaryText(refusal.format);
  }
}

function binaryText(format: (NotADigest & { kind: 'binary' })['format']): string {
  switch (format) {
    case 'PNG':
    case 'JPEG':
    case 'GIF':
    case 'WebP':
      return `이미지 파일(${format})은 다이제스트가 아닙니다.`;
    case 'PDF':
      return 'PDF 파일은 다이제스트가 아닙니다. 다이제스트는 텍스트 파일(.txt)입니다.';
    case 'ZIP':
    case 'GZIP':
      return `압축 파일(${format})은 다이제스트가 아닙니다. 압축을 풀어 안의 텍스트 파일을 여세요.`;
    case null:
      return '텍스트 파일이 아닙니다. 다이제스트는 UTF-8 텍스트 파일(.txt)입니다.';
  }
}

/** What an HTTP error status means for the reader, with the status for whoever helps them. */
export function httpStatusText(status: number): string {
  if (status === 404 || status === 410) {
    return `다이제스트를 찾을 수 없습니다 (HTTP ${status}). 주소가 맞는지 확인하세요.`;
  }
  if (status === 401 || status === 403) {
    return `다이제스트를 볼 권한이 없습니다 (HTTP ${status}). 로그인이 필요한 주소일 수 있습니다.`;
  }
  if (status === 429) {
    return `요청이 너무 많다고 합니다 (HTTP ${status}). 잠시 뒤 다시 시도해 주세요.`;
  }
  if (status >= 500) {
    return `다이제스트가 있는 서버에 문제가 있습니다 (HTTP ${status}). 잠시 뒤 다시 시도해 주세요.`;
  }
  return `다이제스트를 받지 못했습니다 (HTTP ${status}).`;
}

/** A request that got no answer: offline, a wrong host, or a host that does not allow CORS. */
export const CONNECTION_TEXT =
  '연결할 수 없습니다. 네트워크 연결과 주소를 확인하세요. 다른 사이트의 파일은 그 사이트가 허용(CORS)해야 열 수 있습니다.';

/** A file the browser could not read (moved, deleted, or not permitted). */
export const UNREADABLE_FILE_TEXT =
  '파일을 읽을 수 없습니다. 파일이 옮겨지거나 지워지지 않았는지 확인하세요.';
