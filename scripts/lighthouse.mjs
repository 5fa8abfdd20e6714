// Lighthouse (mobile, its default) over the static export, calibrated to this host and measured
// against a control, with issue #12's budget. Run `npm run build` first.
//   npm run lighthouse                     every page in out/
//   npm run lighthouse -- --quick          four pages: /, /lab, /study, /lessons/two-models (and any named)
//   npm run lighthouse -- /route ...       the pages named
//   LH_RUNS=3 (rounds, default 2)  LH_PORT=4399 (the site; the control is served on LH_PORT + 1)
// Prints a markdown table and writes every audit as JSON to .lighthouse/results/ (gitignored).
//
// Calibration: before every audit, Lighthouse's own benchmark (computeBenchmarkIndex, the number it
// reports as `benchmarkIndex`) runs five times in the same Chrome, and that audit's CPU slowdown is
// derived from the median (scripts/lighthouse/calibration.mjs, which states the rule and its
// sources), so a fast idle host and a slow busy one both emulate the same phone.
//
// Control: a bare Next.js page (scripts/lighthouse/control/), built with this repository's Next
// and React into .lighthouse/control/out and served by the same static server, is audited at the
// start of every round and again after every CONTROL_EVERY pages. It pays the same framework cost
// (React and Next runtime, hydration) on the same host at the same moment with none of the site's
// code, so a page within a few points of it costs little beyond the framework, and host noise moves
// both alike.
//
// Exits 1 when a page is over budget (scripts/lighthouse/report.mjs).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { throttling } from 'lighthouse/core/config/constants.js';
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js';
import puppeteer from 'puppeteer-core';
import { builtPages } from './built-pages.ts';
import { calibrate, median } from './lighthouse/calibration.mjs';
import { BUDGET, markdownTable, misses, summarize } from './lighthouse/report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.LH_PORT ?? 4399);
const rounds = Math.max(1, Number(process.env.LH_RUNS ?? 2));
const CONTROL = 'control';
const CONTROL_EVERY = 5;
const QUICK = ['/', '/lab', '/study', '/lessons/two-models'];
// Lighthouse measures the index again during the audit; a larger gap than this means the host's
// speed changed mid-audit (other load), so the calibration did not hold for that audit.
const UNSTEADY_RATIO = 0.25;
const INDEX_SAMPLES = 5;

if (!existsSync(`${root}out/index.html`)) {
  console.error('out/ has no build yet: run `npm run build` first.');
  process.exit(1);
}
const built = builtPages(`${root}out`).map((p) => p.route);
const args = process.argv.slice(2);
const named = args.filter((a) => !a.startsWith('--'));
const routes = args.includes('--quick') ? [...new Set([...QUICK, ...named])] : named.length ? named : built;
const unknown = routes.filter((r) => !built.includes(r));
if (unknown.length) {
  console.error(`Not pages of out/: ${unknown.join(', ')}. Built pages: ${built.join(' ')}`);
  process.exit(1);
}

/** Builds the control inside the repository (so it resolves this repository's node_modules), once per source and Next version. */
function buildControl() {
  const dir = `${root}.lighthouse/control`;
  const source = `${root}scripts/lighthouse/control`;
  const hash = createHash('sha256');
  const files = readdirSync(source, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
  for (const path of files.map((d) => `${d.parentPath}/${d.name}`).sort())
    hash.update(path.slice(source.length)).update(readFileSync(path));
  hash.update(readFileSync(`${root}node_modules/next/package.json`));
  const stamp = hash.digest('hex');
  if (existsSync(`${dir}/out/index.html`) && readIfExists(`${dir}/stamp`) === stamp) return `${dir}/out`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(source, dir, { recursive: true });
  const build = spawnSync(`${root}node_modules/.bin/next`, ['build', dir], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) {
    console.error(`The control page did not build:\n${build.stdout}\n${build.stderr}`);
    process.exit(1);
  }
  writeFileSync(`${dir}/stamp`, stamp);
  return `${dir}/out`;
}
function readIfExists(path) {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

const serve = (dir, onPort) =>
  spawn(`${root}node_modules/.bin/serve`, [dir, '--listen', `tcp://127.0.0.1:${onPort}`, '--no-clipboard'], {
    stdio: 'ignore',
    env: { ...process.env, NO_UPDATE_CHECK: '1' },
  });

/** Whether any HTTP server answers on this port. */
async function answers(onPort) {
  try {
    await fetch(`http://127.0.0.1:${onPort}/`);
    return true;
  } catch {
    return false; // nothing listening
  }
}

/** Resolves once the static server on this port answers (it starts slowly on a busy host). */
async function untilServing(onPort) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (await answers(onPort)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The static server on port ${onPort} did not answer within 30 s.`);
}

/** The order of one round: the control first and after every CONTROL_EVERY pages; odd rounds walk the pages backwards, so no page always follows the same one. */
function roundOrder(round) {
  const pages = round % 2 ? [...routes].reverse() : routes;
  return pages.flatMap((route, i) => (i % CONTROL_EVERY === 0 ? [CONTROL, route] : [route]));
}

const startedAt = new Date();
const loadBefore = loadavg();
const controlOut = buildControl();
// A server already on either port would be audited in place of ours (serve gives up on a taken
// port, and the readiness check below would then reach the other server).
for (const taken of [port, port + 1]) {
  if (await answers(taken)) {
    console.error(`Port ${taken} is already in use: choose free ones with LH_PORT (it uses LH_PORT and LH_PORT + 1).`);
    process.exit(1);
  }
}
const servers = [serve(`${root}out`, port), serve(controlOut, port + 1)];
await Promise.all([port, port + 1].map(untilServing));
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

/**
 * Lighthouse's benchmark index of this host right now: the median of INDEX_SAMPLES runs of its
 * benchmark (about a second each) in a blank tab of the same Chrome. One run is too noisy to set a
 * slowdown from: twelve back-to-back runs on this 2-core host gave 2,014 to 3,281 while the pages'
 * own main-thread time stayed put, so one sample moved the multiplier, and the score, with it.
 */
async function benchmarkIndex() {
  const tab = await browser.newPage();
  try {
    const samples = [];
    for (let i = 0; i < INDEX_SAMPLES; i++)
      samples.push(await tab.evaluate(`(${pageFunctions.computeBenchmarkIndex.toString()})()`));
    return { index: median(samples), samples };
  } finally {
    await tab.close();
  }
}

async function audit(target) {
  const { index, samples } = await benchmarkIndex();
  const { multiplier, basis } = calibrate(index);
  const url = target === CONTROL ? `http://127.0.0.1:${port + 1}/` : `http://127.0.0.1:${port}${target}`;
  const { lhr } = await lighthouse(
    url,
    { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
    {
      extends: 'lighthouse:default',
      settings: { throttling: { ...throttling.mobileSlow4G, cpuSlowdownMultiplier: multiplier } },
    },
  );
  if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const score = (k) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
  const value = (id) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const lighthouseIndex = lhr.environment.benchmarkIndex;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    lcpMs: value('largest-contentful-paint'),
    tbtMs: value('total-blocking-time'),
    // Lighthouse multiplies main-thread time by the slowdown; divided back, it is this host's own
    // CPU time for the load, comparable between pages whatever the multiplier was.
    mainThreadHostMs: value('mainthread-work-breakdown') / multiplier,
    scriptsHostMs: Object.fromEntries(
      (lhr.audits['bootup-time']?.details?.items ?? []).map((it) => [it.url, Math.round(it.total / multiplier)]),
    ),
    index,
    indexSamples: samples.map(Math.round),
    multiplier,
    basis,
    lighthouseIndex,
    unsteady: Math.abs(lighthouseIndex - index) > UNSTEADY_RATIO * index,
  };
}

const audits = new Map([CONTROL, ...routes].map((t) => [t, []]));
try {
  // The first audit of a browser session is an outlier: warm up on the control, then discard it.
  await audit(CONTROL);
  const perRound = roundOrder(0).length;
  for (let round = 0; round < rounds; round++) {
    for (const [i, target] of roundOrder(round).entries()) {
      let result;
      try {
        result = { round, ...(await audit(target)) };
      } catch (error) {
        result = { round, error: String(error?.message ?? error) };
      }
      audits.get(target).push(result);
      const done = round * perRound + i + 1;
      console.error(
        result.error
          ? `[${done}/${rounds * perRound}] ${target}: ${result.error}`
          : `[${done}/${rounds * perRound}] ${target}: performance ${result.performance}, TBT ${Math.round(result.tbtMs)} ms, index ${Math.round(result.index)}, ${result.multiplier.toFixed(2)}x`,
      );
    }
  }
} finally {
  await browser.disconnect();
  await chrome.kill();
  for (const s of servers) s.kill();
}

const control = summarize(audits.get(CONTROL));
const pages = routes.map((route) => ({ route, row: summarize(audits.get(route)) }));
const seconds = Math.round((Date.now() - startedAt.getTime()) / 1000);
const loadAfter = loadavg();
const load = (l) => l.map((v) => v.toFixed(2)).join(' ');

console.log(markdownTable(control, pages));
console.log(
  `\n${rounds} round(s), ${[...audits.values()].flat().length} audits in ${Math.floor(seconds / 60)} min ${seconds % 60} s; load average ${load(loadBefore)} before, ${load(loadAfter)} after.`,
);

mkdirSync(`${root}.lighthouse/results`, { recursive: true });
const file = `${root}.lighthouse/results/${startedAt.toISOString().replace(/[:.]/g, '-')}.json`;
writeFileSync(
  file,
  JSON.stringify(
    {
      startedAt: startedAt.toISOString(),
      seconds,
      rounds,
      loadAverage: { before: loadBefore, after: loadAfter },
      budget: BUDGET,
      control: { ...control, audits: audits.get(CONTROL) },
      pages: pages.map(({ route, row }) => ({
        route,
        ...row,
        misses: misses(row, control),
        audits: audits.get(route),
      })),
    },
    null,
    2,
  ),
);
console.log(`Every audit: ${file.slice(root.length)}`);

const unsteady = [...audits.values()].flat().filter((a) => a.unsteady).length;
if (unsteady) {
  console.error(
    `Warning: in ${unsteady} audit(s) the benchmark index during the audit differed from the one measured just before by more than ${UNSTEADY_RATIO * 100}%: the host's load changed, so those scores do not emulate the calibrated device. Rerun on an idle host.`,
  );
}
const tooSlow = [...audits.values()].flat().filter((a) => a.basis === 'host too slow').length;
if (tooSlow) {
  console.error(
    `Warning: in ${tooSlow} audit(s) the host was slower than the emulated device: those scores are pessimistic.`,
  );
}
const over = pages.filter(({ row }) => misses(row, control).length);
if (over.length) {
  console.error(`Over budget: ${over.length} of ${pages.length} page(s).`);
  process.exit(1);
}
console.log(
  `Within budget: performance >= ${BUDGET.performance}, accessibility ${BUDGET.accessibility}, within ${BUDGET.behindControl} of the control.`,
);
