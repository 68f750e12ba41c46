/**
 * Renders the app's PNG and ICO icons from public/favicon.svg in Chromium, so every icon is the
 * same drawing. Run after changing the SVG, and commit what it writes:
 *
 *   npx tsx test/build/render-icons.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { findChromium, LAUNCH_ARGS } from '../support/chromium';

const publicDir = resolve(import.meta.dirname, '../../public');
const svg = readFileSync(join(publicDir, 'favicon.svg'), 'utf8');
const accent = /<rect[^>]*\sfill="(#[0-9a-f]{6})"/i.exec(svg)?.[1];
if (!accent) throw new Error('favicon.svg: no filled <rect> to take the background colour from');

interface Icon {
  size: number;
  /**
   * Full-bleed icons fill the square with the accent colour, since their platform cuts its own
   * shape and shows black through transparent corners (iOS) or crops to a circle (Android).
   */
  fullBleed: boolean;
  /** Size of the drawing, as a share of the icon. */
  scale: number;
}

/** A browser tab's icon: the rounded square on a transparent background. */
const tabIcon = (size: number): Icon => ({ size, fullBleed: false, scale: 1 });

const PNG_ICONS: Record<string, Icon> = {
  'apple-touch-icon.png': { size: 180, fullBleed: true, scale: 1 },
  'icon-192.png': tabIcon(192),
  'icon-512.png': tabIcon(512),
  // A maskable icon may be cropped to the circle of 80% of its width: the glyph stays inside it.
  'icon-maskable-512.png': { size: 512, fullBleed: true, scale: 0.8 },
};
const ICO_SIZES = [16, 32, 48];

async function render(browser: Browser, icon: Icon): Promise<Buffer> {
  const page = await browser.newPage({
    viewport: { width: icon.size, height: icon.size },
    deviceScaleFactor: 1,
  });
  const drawn = Math.round(icon.size * icon.scale);
  const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  await page.setContent(
    `<body style="margin: 0; display: grid; place-items: center; height: 100vh;` +
      ` background: ${icon.fullBleed ? accent : 'transparent'}">` +
      `<img src="${source}" width="${drawn}" height="${drawn}" alt=""></body>`,
  );
  await page.locator('img').evaluate((image: HTMLImageElement) => image.decode());
  const png = await page.screenshot({ omitBackground: true });
  await page.close();
  return png;
}

/** An ICO file of PNG images, which every browser since 2007 reads. */
function ico(images: Array<{ size: number; png: Buffer }>): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size % 256, 0); // 0 stands for 256
    entry.writeUInt8(size % 256, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map(({ png }) => png)]);
}

const executable = await findChromium();
const browser = await chromium.launch({ executablePath: executable.path, args: LAUNCH_ARGS });
try {
  for (const [name, icon] of Object.entries(PNG_ICONS)) {
    writeFileSync(join(publicDir, name), await render(browser, icon));
    console.log(`public/${name}: ${icon.size}×${icon.size}`);
  }
  const tabIcons = [];
  for (const size of ICO_SIZES) tabIcons.push({ size, png: await render(browser, tabIcon(size)) });
  writeFileSync(join(publicDir, 'favicon.ico'), ico(tabIcons));
  console.log(`public/favicon.ico: ${ICO_SIZES.map((size) => `${size}×${size}`).join(', ')}`);
} finally {
  await browser.close();
}
