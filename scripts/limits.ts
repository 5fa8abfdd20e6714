/**
 * `npx tsx scripts/limits.ts`: measures the budget's limits on this machine, for the largest
 * scenarios the budget accepts (one per kind of cost: instances, events, buckets).
 *
 * For each: peak memory of the run as the worker runs it (heap plus typed-array backing stores,
 * sampled between chunks, above a collected baseline), the longest single chunk (how long a newer
 * request waits, since the worker checks for one between chunks), the whole run's wall time and
 * CPU time (on a loaded machine the wall time includes waiting for a core), its events against the
 * budget's estimate, and the CLI's peak resident memory for the same scenario (`npm run simulate`,
 * measured by /usr/bin/time; it includes Node and tsx, so the default scenario's figure is given too).
 * A table of all cases ends the output. The time from a preset change to the new run while one of
 * these runs is in progress: `npx tsx scripts/worker-latency.ts`.
 *
 * `--weights` measures instead what the budget's eventWeight models: the CPU time per event of
 * about 5 M events, by fleet size, relative to 10,000 instances.
 */
import { spawnSync } from 'node:child_process';
import v8 from 'node:v8';
import vm from 'node:vm';
import { scenarioOrThrow } from '../lib/scenario/parse';
import type { Scenario, ScenarioInput } from '../lib/scenario/schema';
import { eventWeight } from '../lib/run/budget';
import { CHUNK_EVENTS, checkBudget, estimateCost, startRun } from '../lib/run/run';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const used = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

const group = (name: string, count = 100_000) => ({ name, kind: 'long-running' as const, count });

/** At the limits: each within a few percent of INSTANCE_LIMIT or EVENT_LIMIT (or both), or of LIMITS.buckets. */
export const LARGEST: Record<string, ScenarioInput> = {
  // Replaced, not restarted (a restart in place keeps the instance): each crash adds one.
  'instances: 1 slot whose pod is replaced every second for 2.9 days': {
    durationSec: 249_000,
    resolutionSec: 60,
    pull: { scrapeIntervalSec: 3600 },
    push: { pushIntervalSec: 3600 },
    services: [
      { name: 'web', kind: 'long-running', count: 1, crashesPerHour: 3600, restartDelaySec: 0, onCrash: 'replace' },
    ],
  },
  'instances: 1-second jobs, 10,000 a minute for 1,490 s': {
    durationSec: 1490,
    pull: { scrapeIntervalSec: 3600 },
    push: { pushIntervalSec: 3600 },
    services: [{ name: 'batch', kind: 'short-lived', startsPerMin: 10_000, lifetimeSec: { dist: 'fixed', value: 1 } }],
  },
  'events: 10,000 instances for 29,900 s (8.3 h)': {
    durationSec: 29_900,
    resolutionSec: 60,
    services: [group('web', 10_000)],
  },
  // Both push 10 or 25 times the collector's default capacity, so most of their events are retries.
  'events by weight: 100,000 instances for 500 s': { durationSec: 500, services: [group('web')] },
  'instances and events by weight: 250,000 instances for 150 s': {
    durationSec: 150,
    services: [group('a', 100_000), group('b', 100_000), group('c', 50_000)],
  },
  'buckets: 20,000 of 0.1 s, defaults otherwise': { durationSec: 2000, resolutionSec: 0.1 },
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

/** Array buffers are freed after a collection, not during it: collect, let them go, collect again. */
async function collect() {
  gc();
  await settle();
  gc();
}

async function measure(scenario: Scenario) {
  await collect();
  const baseline = used();
  let peak = baseline;
  const cpu0 = process.cpuUsage();
  let t = performance.now();
  const t0 = t;
  const cpuMsSince = (from: NodeJS.CpuUsage) => {
    const d = process.cpuUsage(from);
    return (d.user + d.system) / 1000;
  };
  const run = startRun(scenario);
  let longest = performance.now() - t;
  // The process's CPU time per chunk too: on a loaded machine a chunk's wall time mostly waits for a core.
  let longestCpu = cpuMsSince(cpu0);
  for (;;) {
    t = performance.now();
    const c = process.cpuUsage();
    const done = run.advance(CHUNK_EVENTS);
    longest = Math.max(longest, performance.now() - t);
    longestCpu = Math.max(longestCpu, cpuMsSince(c));
    peak = Math.max(peak, used());
    if (done) break;
  }
  run.report();
  const cpu = process.cpuUsage(cpu0);
  return {
    wallMs: performance.now() - t0,
    cpuMs: (cpu.user + cpu.system) / 1000,
    events: run.events(),
    longestChunkMs: longest,
    longestChunkCpuMs: longestCpu,
    peakMb: (peak - baseline) / 2 ** 20,
  };
}

/** Long-running fleets of `count` instances (groups of at most 100,000) running about 5 M events. */
function fleetOfSize(count: number): Scenario {
  const durationSec = Math.round(30_000_000 / count); // defaults: 1/15 + 1/10 events per instance-second
  const groups = Array.from({ length: Math.ceil(count / 100_000) }, (_, g) =>
    group(`web${g}`, Math.min(100_000, count - g * 100_000)),
  );
  return scenarioOrThrow({ durationSec, resolutionSec: Math.max(15, durationSec / 2000), services: groups });
}

/** CPU time per event by fleet size, the best of three runs, relative to 10,000 instances. */
async function measureWeights() {
  let reference = NaN;
  for (const count of [10_000, 1_000, 30_000, 60_000, 100_000, 250_000]) {
    const runs = [];
    for (let r = 0; r < 3; r++) runs.push(await measure(fleetOfSize(count)));
    const nsPerEvent = Math.min(...runs.map((m) => (m.cpuMs * 1e6) / m.events));
    if (count === 10_000) reference = nsPerEvent;
    console.log(
      `${count.toLocaleString('en-US').padStart(8)} instances: ${nsPerEvent.toFixed(0)} ns per event (CPU), ` +
        `${(nsPerEvent / reference).toFixed(1)}× the cost at 10,000; eventWeight ${eventWeight(count).toFixed(1)}`,
    );
  }
}

/** The CLI's peak resident memory in MB for `input`, given on standard input, as a person would run it. */
function cliPeakMb(input: ScenarioInput): number {
  const cli = spawnSync(
    '/usr/bin/time',
    ['-f', '%M', process.execPath, '--import', 'tsx', 'lib/cli/simulate.ts', '-', '--format', 'table'],
    { input: JSON.stringify(input), encoding: 'utf8', maxBuffer: 64 * 2 ** 20 },
  );
  if (cli.status !== 0) throw new Error(`the CLI failed: ${cli.stderr.slice(-500)}`);
  const kb = Number(cli.stderr.trim().split('\n').at(-1));
  return kb / 1024;
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain && process.argv.includes('--weights')) await measureWeights();
const rows: string[] = [];
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
for (const [name, input] of isMain && !process.argv.includes('--weights') ? Object.entries(LARGEST) : []) {
  const s = scenarioOrThrow(input);
  const cost = estimateCost(s);
  const refused = checkBudget(s);
  console.log(`\n${name}`);
  console.log(
    `  estimate: ${fmt(cost.instances)} instances, ${fmt(cost.events)} events (of which ${fmt(cost.pushRetries)} ` +
      `push retries; work ${fmt(cost.work)}), ${cost.buckets} buckets`,
  );
  if (refused) {
    console.log(`  refused: ${refused.message}`);
    rows.push(`| ${name} | refused | | | | | |`);
    continue;
  }
  const m = await measure(s);
  const cliMb = cliPeakMb(input);
  const ratio = (m.events / cost.events).toFixed(2);
  console.log(
    `  measured: peak ${m.peakMb.toFixed(0)} MB, longest chunk ${m.longestChunkMs.toFixed(0)} ms ` +
      `(CPU ${m.longestChunkCpuMs.toFixed(0)} ms), ` +
      `wall ${(m.wallMs / 1000).toFixed(1)} s, CPU ${(m.cpuMs / 1000).toFixed(1)} s, ${fmt(m.events)} events ` +
      `(${ratio}× the estimate); the CLI's peak RSS ${cliMb.toFixed(0)} MB`,
  );
  rows.push(
    `| ${name} | ${fmt(m.events)} (${ratio}×) | ${m.peakMb.toFixed(0)} MB | ${cliMb.toFixed(0)} MB | ` +
      `${m.longestChunkMs.toFixed(0)} ms (${m.longestChunkCpuMs.toFixed(0)} ms) | ${(m.wallMs / 1000).toFixed(1)} s | ${(m.cpuMs / 1000).toFixed(1)} s |`,
  );
}
if (rows.length) {
  console.log(`\nThe CLI with the default scenario: peak RSS ${cliPeakMb({}).toFixed(0)} MB.`);
  console.log(
    '\n| case | events (actual / estimate) | worker peak | CLI peak RSS | longest chunk, wall (CPU) | wall | CPU |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
}
