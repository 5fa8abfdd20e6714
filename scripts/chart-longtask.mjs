// The longest main-thread task while the lab opens a link at the largest bucket counts: 20,000
// buckets (resolutionSec 0.1, the schema's limit) and 14,400 (4 h at 1 s, the most the controls give).
// Usage: npx tsx scripts/chart-longtask.mjs [--repeat N]   (needs `npm run build` first; serves
// out/ itself; the port is E2E_PORT, default 4414). With --repeat, each case runs N times and the
// longest task of each run is summarised as min / median, beside the load average: on a shared
// machine a single run says little. Each run is also traced, for the longest task in main-thread
// CPU time (the trace's thread time), which a loaded machine inflates far less than wall time.
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/browser.ts';

const port = Number(process.env.E2E_PORT ?? 4414);
const repeatFlag = process.argv.indexOf('--repeat');
const repeat = repeatFlag > 0 ? Math.max(1, Number(process.argv[repeatFlag + 1]) || 1) : 1;
const server = spawn('node', ['scripts/serve-out.mjs', '--port', String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 1500));
const browser = await chromium.launch(chromiumLaunchOptions());
const link = (scenario) => `s=${Buffer.from(JSON.stringify(scenario), 'utf8').toString('base64url')}`;

const CASES = {
  'control: the default scenario (120 buckets)': { resolutionSec: 15 },
  '20,000 buckets (2,000 s at 0.1 s)': { durationSec: 2000, resolutionSec: 0.1 },
  '14,400 buckets (4 h at 1 s)': { durationSec: 14400, resolutionSec: 1 },
};

/** The longest task of the page's main thread in CPU ms: its renderer runs the most script of ours. */
function longestCpuMs(traceJson) {
  const events = JSON.parse(traceJson).traceEvents;
  const mainThreads = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const ours = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (mainThreads.has(key) && String(e.args?.data?.url ?? '').includes(`:${port}/`)) {
      ours.set(key, (ours.get(key) ?? 0) + 1);
    }
  }
  const main = [...ours].sort((a, b) => b[1] - a[1])[0]?.[0];
  const cpuUs = events
    .filter((e) => `${e.pid}:${e.tid}` === main && e.name === 'RunTask' && e.ph === 'X')
    .map((e) => e.tdur ?? 0);
  return Math.max(0, ...cpuUs) / 1000;
}

/**
 * The long tasks (wall ms, longest first) while the lab opens `scenario` and shows every view,
 * and the longest task in CPU ms.
 */
async function longTasks(scenario) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  try {
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
    // The timeline and artifacts follow when the browser is idle: let them render too.
    await page.waitForTimeout(1500);
    const tasks = await page.evaluate(() => window.__longTasks);
    const cpuMs = longestCpuMs((await browser.stopTracing()).toString());
    return { wallMs: [...tasks].sort((a, b) => b - a), cpuMs };
  } finally {
    await page.close();
  }
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

try {
  for (const [name, scenario] of Object.entries(CASES)) {
    const longest = [];
    const longestCpu = [];
    for (let run = 0; run < repeat; run++) {
      const { wallMs, cpuMs } = await longTasks(scenario);
      longest.push(wallMs[0] ?? 0);
      longestCpu.push(cpuMs);
      const list = wallMs.map((t) => `${t.toFixed(0)} ms`).join(', ') || 'none';
      console.log(`${name}: long tasks ${list}; longest in CPU time ${cpuMs.toFixed(0)} ms (load ${load()})`);
    }
    if (repeat > 1) {
      const ms = (xs) => `min ${Math.min(...xs).toFixed(0)} ms, median ${median(xs).toFixed(0)} ms`;
      console.log(`${name}: longest task ${ms(longest)}; in CPU time ${ms(longestCpu)} (${repeat} runs)`);
    }
  }
} finally {
  await browser.close();
  server.kill();
}
