import { describe, expect, it } from 'vitest';
import { checkDigestFile } from '../../../src/features/digest/check-digest-file';
import { digest, entryLines } from '../../support/digest-factory';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('checkDigestFile', () => {
  it('lets a digest file through', async () => {
    expect(await checkDigestFile(new Blob([digest('2024년 3월 8일', entryLines())]))).toBeNull();
  });

  it('refuses an image, an HTML page and an empty file, saying which', async () => {
    expect(await checkDigestFile(new Blob([PNG, new Uint8Array(4096)]))).toBe(
      '이미지 파일(PNG)은 다이제스트가 아닙니다.',
    );
    expect(await checkDigestFile(new Blob(['<!DOCTYPE html><title>Sign in</title>']))).toMatch(
      /^HTML 페이지는 다이제스트가 아닙니다/,
    );
    expect(await checkDigestFile(new Blob(['']))).toMatch(/^빈 파일입니다/);
    expect(await checkDigestFile(new Blob(['\n\n  \n']))).toMatch(/^빈 파일입니다/);
  });

  it('says when the file cannot be read', async () => {
    const unreadable = new Blob(['x']);
    unreadable.slice = () => ({ arrayBuffer: () => Promise.reject(new Error('gone')) }) as Blob;
    expect(await checkDigestFile(unreadable)).toMatch(/^파일을 읽을 수 없습니다/);
  });
});
