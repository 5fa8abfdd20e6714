// Lighthouse (mobile, its default) over the static export, with the budgets from the issues.
// Usage: npm run lighthouse [-- /route ...]   (serves out/ itself; run `npm run build` first)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const routes = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/lessons', '/lab', '/study'];
const port = Number(process.env.LH_PORT ?? 4399);
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

let failed = false;
const rows = [];
try {
  for (const route of routes) {
    const result = await lighthouse(`http://127.0.0.1:${port}${route}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const c = result.lhr.categories;
    const score = (k) => Math.round((c[k]?.score ?? 0) * 100);
    const row = {
      route,
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
      LCP: result.lhr.audits['largest-contentful-paint'].displayValue,
      TBT: result.lhr.audits['total-blocking-time'].displayValue,
    };
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
