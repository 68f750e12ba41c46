import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/**
 * An environment in which Chromium finds a Korean font on the system, as every phone has, under a
 * name the app's font stack asks for before its web font: Pretendard's OTF files from
 * node_modules, which fontconfig calls "Noto Sans KR". A machine without one downloads the web
 * font's slices instead (about 700 KB for a first screen), and searches all its fonts for each
 * syllable they have not delivered yet, which made text layout two to three times slower.
 * `work` holds the settings and fontconfig's cache.
 */
export function koreanSystemFontEnvironment(work: string): NodeJS.ProcessEnv {
  const fonts = join(root, 'node_modules/pretendard/dist/public/static');
  const current =
    process.env.FONTCONFIG_FILE ?? join(process.env.FONTCONFIG_PATH ?? '/etc/fonts', 'fonts.conf');
  const config = join(work, 'fonts.conf');
  writeFileSync(
    config,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
      `  <include ignore_missing="yes">${current}</include>\n  <dir>${fonts}</dir>\n` +
      `  <cachedir>${join(work, 'fontconfig-cache')}</cachedir>\n` +
      `  <match target="scan"><test name="family"><string>Pretendard</string></test>` +
      `<edit name="family" mode="assign"><string>Noto Sans KR</string></edit></match>\n` +
      `</fontconfig>\n`,
  );
  return { ...process.env, FONTCONFIG_FILE: config };
}
