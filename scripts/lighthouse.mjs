// Lighthouse (mobile, its default) over the static export, calibrated to this host and measured
// against a control, with the budgets from the issues. Run `npm run build` first.
//   npm run lighthouse [-- /route ...]     every page in out/ by default
//   LH_RUNS=3 (runs per page)  LH_PORT=4399 (the site; the control is served on LH_PORT + 1)
//
// Calibration: before every audit, Lighthouse's own benchmark (computeBenchmarkIndex, the number it
// reports as `benchmarkIndex`) runs in the same Chrome, and the CPU slowdown for that audit is
// derived from it (scripts/lighthouse/calibration.mjs), so a fast idle host and a slow busy one
// both emulate the same phone.
//
// Control: a bare Next.js page (scripts/lighthouse/control/), built with this repository's Next
// and React into .lighthouse/control/out and served by the same static server, is audited in the
// same rounds, interleaved with the site's pages. It pays the same framework cost (React and Next
// runtime, hydration) on the same host at the same moment with none of the site's code, so a page
// within a few points of it costs little beyond the framework, and host noise moves both alike.
//
// Budget: every page's median performance >= 95 and accessibility 100, and its median performance
// within 3 points of the control's median. Exits 1 when over budget.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { throttling } from 'lighthouse/core/config/constants.js';
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js';
import puppeteer from 'puppeteer-core';
import { builtPages } from './built-pages.ts';
import { cpuSlowdownFor, median } from './lighthouse/calibration.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.LH_PORT ?? 4399);
const runs = Math.max(1, Number(process.env.LH_RUNS ?? 3));
const BUDGET = { performance: 95, accessibility: 100, behindControl: 3 };
const CONTROL = 'control';
// Lighthouse measures the index again during the audit; a larger gap than this means the host's
// speed changed mid-audit (other load), so the calibration did not hold for that audit.
const UNSTEADY_RATIO = 0.25;

if (!existsSync(`${root}out/index.html`)) {
  console.error('out/ has no build yet: run `npm run build` first.');
  process.exit(1);
}
const routes = process.argv.slice(2).length ? process.argv.slice(2) : builtPages(`${root}out`).map((p) => p.route);

/** Builds the control inside the repository, so it resolves this repository's node_modules. */
function buildControl() {
  const dir = `${root}.lighthouse/control`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(`${root}scripts/lighthouse/control`, dir, { recursive: true });
  const build = spawnSync(`${root}node_modules/.bin/next`, ['build', dir], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) {
    console.error(`The control page did not build:\n${build.stdout}\n${build.stderr}`);
    process.exit(1);
  }
  return `${dir}/out`;
}

const serve = (dir, onPort) =>
  spawn(`${root}node_modules/.bin/serve`, [dir, '--listen', `tcp://127.0.0.1:${onPort}`, '--no-clipboard'], {
    stdio: 'ignore',
    env: { ...process.env, NO_UPDATE_CHECK: '1' },
  });

const controlOut = buildControl();
const servers = [serve(`${root}out`, port), serve(controlOut, port + 1)];
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
const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });

/** Lighthouse's benchmark index of this host right now, measured in a blank tab of the same Chrome. */
async function benchmarkIndex() {
  const tab = await browser.newPage();
  try {
    return await tab.evaluate(`(${pageFunctions.computeBenchmarkIndex.toString()})()`);
  } finally {
    await tab.close();
  }
}

async function audit(target) {
  const index = await benchmarkIndex();
  const multiplier = cpuSlowdownFor(index);
  const url = target === CONTROL ? `http://127.0.0.1:${port + 1}/` : `http://127.0.0.1:${port}${target}`;
  const { lhr } = await lighthouse(
    url,
    { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
    {
      extends: 'lighthouse:default',
      settings: { throttling: { ...throttling.mobileSlow4G, cpuSlowdownMultiplier: multiplier } },
    },
  );
  if (lhr.runtimeError) throw new Error(`${target}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (k) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    lcpMs: lhr.audits['largest-contentful-paint'].numericValue,
    tbtMs: lhr.audits['total-blocking-time'].numericValue,
    index,
    multiplier,
    lighthouseIndex: lhr.environment.benchmarkIndex,
  };
}

const targets = [CONTROL, ...routes];
const results = new Map(targets.map((t) => [t, []]));
try {
  // The first audit of a browser session is an outlier: warm up on the control, then discard it.
  await audit(CONTROL);
  for (let round = 0; round < runs; round++) {
    for (const target of targets) {
      const r = await audit(target);
      results.get(target).push(r);
      console.error(
        `round ${round + 1}/${runs} ${target}: performance ${r.performance}, index ${Math.round(r.index)}, ${r.multiplier.toFixed(2)}x`,
      );
    }
  }
} finally {
  await browser.disconnect();
  await chrome.kill();
  for (const s of servers) s.kill();
}

const unsteady = (r) => Math.abs(r.lighthouseIndex - r.index) > UNSTEADY_RATIO * r.index;
const summary = (all) => {
  const byScore = [...all].sort((a, b) => a.performance - b.performance);
  const mid = byScore[Math.floor(byScore.length / 2)];
  return {
    runs: all.map((r) => r.performance).join(' '),
    median: median(all.map((r) => r.performance)),
    accessibility: median(all.map((r) => r.accessibility)),
    'LCP (s)': +(mid.lcpMs / 1000).toFixed(2),
    'TBT (ms)': Math.round(mid.tbtMs),
    index: Math.round(median(all.map((r) => r.index))),
    multiplier: +median(all.map((r) => r.multiplier)).toFixed(2),
    // Lighthouse's own measurement during the audit: far from `index`, the host's load changed.
    'LH index': Math.round(median(all.map((r) => r.lighthouseIndex))),
    unsteady: all.filter(unsteady).length,
  };
};
const control = summary(results.get(CONTROL));
const rows = { [`${CONTROL} (bare Next.js)`]: control };
const misses = [];
for (const route of routes) {
  const row = summary(results.get(route));
  rows[route] = row;
  if (row.median < BUDGET.performance) misses.push(`${route}: performance ${row.median} < ${BUDGET.performance}`);
  if (row.accessibility < BUDGET.accessibility) misses.push(`${route}: accessibility ${row.accessibility} < 100`);
  if (row.median < control.median - BUDGET.behindControl) {
    misses.push(
      `${route}: performance ${row.median} is more than ${BUDGET.behindControl} below the control's ${control.median}`,
    );
  }
}
console.table(rows);
const unsteadyAudits = [...results.values()].flat().filter(unsteady).length;
if (unsteadyAudits) {
  console.error(
    `Warning: in ${unsteadyAudits} audit(s) the benchmark index during the audit differed from the one measured just before by more than ${UNSTEADY_RATIO * 100}%: the host's load changed, so those scores do not emulate the calibrated device. Rerun on an idle host.`,
  );
}
if (misses.length) {
  console.error(`Over budget:\n  ${misses.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `Within budget: performance >= ${BUDGET.performance}, accessibility 100, within ${BUDGET.behindControl} of the control.`,
);
