// Lighthouse (mobile, its default) over the static export, with the budgets from the issues.
// Usage: npm run lighthouse [-- /route ...]   (serves out/ itself; run `npm run build` first)
// Each route runs LH_RUNS times (default 3) and reports the run with the median performance
// score, as Lighthouse advises for its run-to-run variance. The CPU benchmark index is shown
// because simulated throttling scales with this machine's speed.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const routes = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/lessons', '/lab', '/study'];
const port = Number(process.env.LH_PORT ?? 4399);
const runs = Math.max(1, Number(process.env.LH_RUNS ?? 3));
const BUDGET = { performance: 95, accessibility: 100 };

const server = spawn('node', ['scripts/serve-out.mjs', '--port', String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 1500));
const chrome = await chromeLauncher.launch({
  chromePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

async function audit(route) {
  const { lhr } = await lighthouse(`http://127.0.0.1:${port}${route}`, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  const score = (k) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
  return {
    route,
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    FCP: lhr.audits['first-contentful-paint'].displayValue,
    LCP: lhr.audits['largest-contentful-paint'].displayValue,
    SI: lhr.audits['speed-index'].displayValue,
    TBT: lhr.audits['total-blocking-time'].displayValue,
    'perf runs': '',
    cpu: Math.round(lhr.environment.benchmarkIndex),
  };
}

let failed = false;
const rows = [];
try {
  // A first load warms the browser up; Lighthouse's first audit of a session is an outlier.
  await audit(routes[0]);
  for (const route of routes) {
    const all = [];
    for (let i = 0; i < runs; i++) all.push(await audit(route));
    all.sort((a, b) => a.performance - b.performance);
    const row = { ...all[Math.floor(all.length / 2)], 'perf runs': all.map((r) => r.performance).join(' ') };
    rows.push(row);
    for (const [k, min] of Object.entries(BUDGET)) if (row[k] < min) failed = true;
  }
} finally {
  await chrome.kill();
  server.kill();
}
console.table(rows);
if (failed) {
  console.error(`Budget missed: performance >= ${BUDGET.performance}, accessibility >= ${BUDGET.accessibility}.`);
  process.exit(1);
}
