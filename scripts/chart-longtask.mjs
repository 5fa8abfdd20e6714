// The longest main-thread task while the lab opens a link at the largest bucket counts: 20,000
// buckets (resolutionSec 0.1, the schema's limit) and 14,400 (4 h at 1 s, the most the controls give).
// Usage: npx tsx scripts/chart-longtask.mjs [--repeat N]   (needs `npm run build` first; serves
// out/ itself; the port is E2E_PORT, default 4414; with BASE_URL set it measures that server instead,
// e.g. another build served beside this one for an interleaved A/B). With --repeat, each case runs N
// times; every run prints a line, and a table of all runs ends the output, beside the load average:
// on a shared machine a single run says little. Each run is also traced, for the longest task in
// main-thread CPU time (the trace's thread time), which a loaded machine inflates far less than wall
// time, and for what ran in that task.
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/browser.ts';

const port = Number(process.env.E2E_PORT ?? 4414);
const repeatFlag = process.argv.indexOf('--repeat');
const repeat = repeatFlag > 0 ? Math.max(1, Number(process.argv[repeatFlag + 1]) || 1) : 1;
const origin = process.env.BASE_URL ?? `http://127.0.0.1:${port}`;
const server = process.env.BASE_URL
  ? null
  : spawn('node', ['scripts/serve-out.mjs', '--port', String(port)], { stdio: 'ignore' });
if (server) await new Promise((r) => setTimeout(r, 1500));
const browser = await chromium.launch(chromiumLaunchOptions());
const link = (scenario) => `s=${Buffer.from(JSON.stringify(scenario), 'utf8').toString('base64url')}`;

const CASES = {
  'control: the default scenario (120 buckets)': { resolutionSec: 15 },
  '20,000 buckets (2,000 s at 0.1 s)': { durationSec: 2000, resolutionSec: 0.1 },
  '14,400 buckets (4 h at 1 s)': { durationSec: 14400, resolutionSec: 1 },
};

/** Scripts named by what they hold: the built chunks' file names are hashes. */
const CHUNK_KINDS = [
  ['Missed samples', "the lab's charts (ResultCharts)"],
  ['recharts-surface', 'recharts'],
  ['Fleet timeline', 'the fleet timeline'],
  ['hydrateRoot', 'React DOM'],
  ['errorThemeCss', 'the Next.js client (start-up and hydration)'],
];
const chunkKinds = new Map();
/** Fetched from the server measured (the trace has each script's URL), so another build is named too. */
async function chunkKind(url) {
  if (!chunkKinds.has(url)) {
    const text = await fetch(url)
      .then((r) => (r.ok ? r.text() : ''))
      .catch(() => '');
    const file = String(url).split('/').pop();
    chunkKinds.set(url, CHUNK_KINDS.find(([marker]) => text.includes(marker))?.[1] ?? file);
  }
  return chunkKinds.get(url);
}

/** What ran in a task: its costliest direct kind of work, and the script it ran (by CPU time). */
async function describeTask(task, events) {
  const inside = events.filter(
    (e) => e.ph === 'X' && e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur,
  );
  const script = inside
    .filter((e) => ['EvaluateScript', 'FunctionCall'].includes(e.name) && (e.args?.data?.url ?? '') !== '')
    .sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0))[0];
  const rendering = inside
    .filter((e) => ['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint'].includes(e.name))
    .reduce((sum, e) => sum + (e.tdur ?? 0), 0);
  if (!script || rendering > (script.tdur ?? 0)) return 'style, layout and paint';
  const how = inside.some((e) => e.name === 'TimerFire')
    ? 'timer'
    : script.name === 'EvaluateScript'
      ? 'evaluating'
      : 'call';
  return `${how}: ${await chunkKind(script.args.data.url)}`;
}

/**
 * The page's main thread (its renderer runs the most script of ours): its longest task in CPU ms,
 * and its longest in wall ms (with that task's CPU ms), each with what ran in it.
 */
async function longestTasks(traceJson) {
  const events = JSON.parse(traceJson).traceEvents;
  const mainThreads = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const ours = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (mainThreads.has(key) && String(e.args?.data?.url ?? '').includes(new URL(origin).host)) {
      ours.set(key, (ours.get(key) ?? 0) + 1);
    }
  }
  const main = [...ours].sort((a, b) => b[1] - a[1])[0]?.[0];
  const thread = events.filter((e) => `${e.pid}:${e.tid}` === main);
  const tasks = thread.filter((e) => e.name === 'RunTask' && e.ph === 'X');
  const longestBy = (key) => tasks.reduce((a, e) => ((e[key] ?? 0) > (a?.[key] ?? 0) ? e : a), null);
  const cpu = longestBy('tdur');
  const wall = longestBy('dur');
  return {
    cpuMs: (cpu?.tdur ?? 0) / 1000,
    what: cpu ? await describeTask(cpu, thread) : 'none',
    wallTask: wall
      ? `${(wall.dur / 1000).toFixed(0)} ms (CPU ${(wall.tdur / 1000).toFixed(0)} ms), ${await describeTask(wall, thread)}`
      : 'none',
  };
}

/**
 * The long tasks (wall ms, longest first) while the lab opens `scenario` and shows every view,
 * and the longest task in CPU ms with what ran in it.
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
    await page.goto(`${origin}/lab?v=1&${link(scenario)}`);
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
    return {
      wallMs: [...tasks].sort((a, b) => b - a),
      ...(await longestTasks((await browser.stopTracing()).toString())),
    };
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

const runs = Object.fromEntries(Object.keys(CASES).map((name) => [name, []]));
try {
  // Cases take turns run by run, so a change in the machine's load falls on all of them alike.
  for (let run = 0; run < repeat; run++) {
    for (const [name, scenario] of Object.entries(CASES)) {
      const { wallMs, cpuMs, what, wallTask } = await longTasks(scenario);
      runs[name].push({ wallMs: wallMs[0] ?? 0, cpuMs, what, wallTask, load: load() });
      const list = wallMs.map((t) => `${t.toFixed(0)} ms`).join(', ') || 'none';
      console.log(
        `${name}: long tasks ${list}; longest in CPU time ${cpuMs.toFixed(0)} ms, ${what}; ` +
          `longest traced ${wallTask} (load ${load()})`,
      );
    }
  }
  const ms = (xs) => `${Math.min(...xs).toFixed(0)} / ${median(xs).toFixed(0)} / ${Math.max(...xs).toFixed(0)} ms`;
  console.log(`\n| case | longest task, wall: min / median / max | CPU: min / median / max | runs over 200 ms |`);
  console.log('|---|---|---|---|');
  for (const [name, list] of Object.entries(runs)) {
    const walls = list.map((r) => r.wallMs);
    const over = walls.filter((w) => w >= 200).length;
    console.log(`| ${name} | ${ms(walls)} | ${ms(list.map((r) => r.cpuMs))} | ${over} of ${list.length} |`);
  }
  console.log(
    '\n| case | run | longest task, wall | longest in CPU | what ran in it | longest in the trace: wall (CPU), what | load |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const [name, list] of Object.entries(runs))
    list.forEach((r, i) =>
      console.log(
        `| ${name} | ${i + 1} | ${r.wallMs.toFixed(0)} ms | ${r.cpuMs.toFixed(0)} ms | ${r.what} | ${r.wallTask} | ${r.load} |`,
      ),
    );
} finally {
  await browser.close();
  server?.kill();
}
