import { existsSync } from 'node:fs';

/**
 * Debian's Chromium when installed (CI and these machines, where Playwright cannot download its
 * own), otherwise Playwright's bundled browser.
 */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export function chromiumLaunchOptions() {
  if (!existsSync(SYSTEM_CHROMIUM)) return {};
  return {
    executablePath: SYSTEM_CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}
