import { describe, expect, it } from 'vitest';
import { outdatedDigests, urlsToWarm } from '../../../src/features/offline/warm-caches';

const ORIGIN = 'https://digest.example';

describe('urlsToWarm', () => {
  it("takes the shipped digests and the fonts the page drew with, once each, from the site's origin", () => {
    expect(
      urlsToWarm({
        digestUrls: ['/assets/2024-02-AAAA.txt', '/assets/2024-03-BBBB.txt'],
        loadedUrls: [
          `${ORIGIN}/assets/index-CCCC.js`,
          `${ORIGIN}/assets/PretendardVariable.subset.12-DDDD.woff2`,
          `${ORIGIN}/assets/PretendardVariable.subset.12-DDDD.woff2`,
          `${ORIGIN}/assets/2024-03-BBBB.txt`,
          'https://fonts.example/other.woff2',
          'data:font/woff2;base64,AAAA',
        ],
        origin: ORIGIN,
      }),
    ).toEqual([
      `${ORIGIN}/assets/2024-02-AAAA.txt`,
      `${ORIGIN}/assets/2024-03-BBBB.txt`,
      `${ORIGIN}/assets/PretendardVariable.subset.12-DDDD.woff2`,
    ]);
  });
});

describe('outdatedDigests', () => {
  it('names the kept digests that the current build no longer ships', () => {
    expect(
      outdatedDigests(
        [`${ORIGIN}/assets/digest-OLD1.txt`, `${ORIGIN}/assets/digest-NEW1.txt`],
        ['/assets/digest-NEW1.txt'],
        ORIGIN,
      ),
    ).toEqual([`${ORIGIN}/assets/digest-OLD1.txt`]);
  });
});
