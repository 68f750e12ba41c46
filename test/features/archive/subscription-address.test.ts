import { describe, expect, it } from 'vitest';
import { checkSubscriptionAddress } from '../../../src/features/archive/subscription-address';

describe('checkSubscriptionAddress', () => {
  it('takes an https address, tidied, and an http one on this machine', () => {
    expect(checkSubscriptionAddress('  https://example.com/digest.txt ')).toEqual({
      ok: true,
      url: 'https://example.com/digest.txt',
    });
    expect(checkSubscriptionAddress('http://localhost:8080/d.txt')).toEqual({
      ok: true,
      url: 'http://localhost:8080/d.txt',
    });
    expect(checkSubscriptionAddress('http://127.0.0.1:5173/d.txt').ok).toBe(true);
  });

  it('says what to type for an empty field, a word, another scheme or plain http elsewhere', () => {
    const message = (value: string) => {
      const checked = checkSubscriptionAddress(value);
      return checked.ok ? null : checked.message;
    };
    expect(message('   ')).toBe('구독할 주소를 입력하세요.');
    expect(message('다이제스트 주소')).toMatch(/^주소 형식이 아닙니다/);
    expect(message('example.com/digest.txt')).toMatch(/https:\/\/로 시작하는/);
    expect(message('ftp://example.com/digest.txt')).toBe('https:// 주소만 구독할 수 있습니다.');
    expect(message('javascript:alert(1)')).toBe('https:// 주소만 구독할 수 있습니다.');
    expect(message('http://example.com/digest.txt')).toMatch(/localhost/);
  });
});
