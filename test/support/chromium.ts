import { existsSync } from 'node:fs';

/** Flags that let Chromium run headless here: no sandbox as root, no GPU, no network chatter. */
export const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface ChromiumExecutable {
  path: string;
  source: string;
}

/** Prefers an explicitly configured or system Chromium; the npm build is the fallback that always works. */
export async function findChromium(): Promise<ChromiumExecutable> {
  const configured = process.env.CHROME_PATH;
  if (configured) {
    if (!existsSync(configured))
      throw new Error(`CHROME_PATH points to a missing file: ${configured}`);
    return { path: configured, source: '$CHROME_PATH' };
  }
  if (existsSync('/usr/bin/chromium')) return { path: '/usr/bin/chromium', source: 'system' };
  const { default: sparticuz } = await import('@sparticuz/chromium');
  return { path: await sparticuz.executablePath(), source: '@sparticuz/chromium' };
}
