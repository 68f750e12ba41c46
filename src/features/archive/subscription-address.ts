export type AddressCheck = { ok: true; url: string } | { ok: false; message: string };

/** Hosts of the reader's own machine, which the site's policy lets the app read over plain http. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether `value` is an address the app can subscribe to: an https address, or an http one on the
 * reader's own machine (a page served over https may not read plain http, and the site's
 * Content-Security-Policy allows only these). The message says what to type instead.
 */
export function checkSubscriptionAddress(value: string): AddressCheck {
  const trimmed = value.trim();
  if (!trimmed) return { ok: false, message: '구독할 주소를 입력하세요.' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return {
      ok: false,
      message: '주소 형식이 아닙니다. https://로 시작하는 전체 주소를 입력하세요.',
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: 'https:// 주소만 구독할 수 있습니다.' };
  }
  if (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname)) {
    return {
      ok: false,
      message:
        'http:// 주소는 이 컴퓨터(localhost)의 것만 구독할 수 있습니다. https:// 주소를 입력하세요.',
    };
  }
  return { ok: true, url: url.href };
}
