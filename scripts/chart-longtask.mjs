// The longest main-thread task while the lab opens a link at the largest bucket counts: 20,000
// buckets (resolutionSec 0.1, the schema's limit) and 14,400 (4 h at 1 s, the most the controls give).
// Usage: npx tsx scripts/chart-longtask.mjs   (needs `npx next build` first; serves out/ itself;
// the port is E2E_PORT, default 4414)
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/browser.ts';

const port = Number(process.env.E2E_PORT ?? 4414);
const server = spawn('node', ['scripts/serve-out.mjs', '--port', String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 1500));
const browser = await chromium.launch(chromiumLaunchOptions());
const link = (scenario) => `s=${Buffer.from(JSON.stringify(scenario), 'utf8').toString('base64url')}`;

const CASES = {
  'control: the default scenario (120 buckets)': { resolutionSec: 15 },
  '20,000 buckets (2,000 s at 0.1 s)': { durationSec: 2000, resolutionSec: 0.1 },
  '14,400 buckets (4 h at 1 s)': { durationSec: 14400, resolutionSec: 1 },
};

try {
  for (const [name, scenario] of Object.entries(CASES)) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push(e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`http://127.0.0.1:${port}/lab?v=1&${link(scenario)}`);
    await page.locator('[data-results][aria-busy="false"]').waitFor({ timeout: 120_000 });
    // The views below the fold render once scrolled to, as a reader would.
    for (let y = 0; y < 6; y++) {
      await page.mouse.wheel(0, 1200);
      await page.waitForTimeout(150);
    }
    await page.locator('[data-chart="missed"] svg.recharts-surface').first().waitFor();
    // The link's report (read and run by the worker) has replaced the built-in default one.
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-chart="missed"] path.recharts-curve')?.getAttribute('d') ?? '').length > 5000,
      null,
      { timeout: 120_000 },
    );
    const before = await page.evaluate(() => window.__longTasks.length);
    // The timeline and artifacts follow when the browser is idle: let them render too.
    await page.waitForTimeout(1500);
    const tasks = await page.evaluate(() => window.__longTasks);
    const sorted = [...tasks].sort((a, b) => b - a).map((t) => `${t.toFixed(0)} ms`);
    console.log(`${name}: long tasks ${sorted.join(', ') || 'none'} (${before} of them before the charts showed)`);
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
