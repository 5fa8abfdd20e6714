// Fails fast, in one line, when no browser is available for the end-to-end tests.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const system = '/usr/bin/chromium';
let bundled = '';
try {
  bundled = chromium.executablePath();
} catch {
  bundled = '';
}
if (!existsSync(system) && !(bundled && existsSync(bundled))) {
  console.error(
    "No browser for the e2e tests: install Debian's Chromium (`apt-get install -y chromium`, which .ci/run does) or run `npx playwright install chromium` where the internet is reachable.",
  );
  process.exit(1);
}
