/**
 * `npm run bench`: wall time, events per second and peak heap of the simulation, for the default
 * scenario and for 100, 1,000 and 10,000 long-running instances over one simulated hour, plus how
 * wall time scales with the instance count (the log-log slope: 1 = linear).
 *
 * Each case is warmed up first; the figure is the median of several runs.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { defaultScenario, scenarioOrThrow } from '../scenario/parse';
import type { Scenario } from '../scenario/schema';
import { startRun } from '../run/run';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

interface Case {
  name: string;
  scenario: Scenario;
  instances?: number;
  runs: number;
}

const hourOf = (count: number): Scenario =>
  scenarioOrThrow({ durationSec: 3600, services: [{ name: 'web', kind: 'long-running', count }] });

const CASES: Case[] = [
  { name: 'default scenario', scenario: defaultScenario(), runs: 31 },
  ...[100, 1_000, 10_000].map((n) => ({
    name: `${n.toLocaleString('en-US')} instances × 1 h`,
    scenario: hourOf(n),
    instances: n,
    runs: n >= 10_000 ? 5 : 9,
  })),
];

/** As the Web Worker runs: progress and cancellation are checked between chunks. */
const CHUNK = 50_000;

function time(scenario: Scenario) {
  const t0 = performance.now();
  const run = startRun(scenario);
  while (!run.advance(CHUNK)) {
    // chunked exactly as the Web Worker runs it
  }
  run.report();
  return { ms: performance.now() - t0, events: run.events() };
}

/**
 * Peak heap above a collected baseline, sampled between chunks. Measured in its own pass: a forced
 * collection right before a timed run would make that run slower than any real one.
 */
function peakHeapMb(scenario: Scenario): number {
  gc();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  const run = startRun(scenario);
  while (!run.advance(CHUNK)) peak = Math.max(peak, process.memoryUsage().heapUsed);
  run.report();
  return (Math.max(peak, process.memoryUsage().heapUsed) - baseline) / 1e6;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const rows: string[][] = [['case', 'events', 'wall (median)', 'events/s', 'peak heap']];
const points: [number, number][] = [];
for (const c of CASES) {
  for (let w = 0; w < 5; w++) time(c.scenario); // warm-up: let the JIT settle
  const results = Array.from({ length: c.runs }, () => time(c.scenario));
  const ms = median(results.map((r) => r.ms));
  const events = results[0].events;
  const heap = peakHeapMb(c.scenario);
  rows.push([
    c.name,
    events.toLocaleString('en-US'),
    `${ms.toFixed(ms < 100 ? 1 : 0)} ms`,
    `${(((events / ms) * 1000) / 1e6).toFixed(2)} M`,
    `${heap.toFixed(1)} MB`,
  ]);
  if (c.instances) points.push([Math.log(c.instances), Math.log(ms)]);
}

const widths = rows[0].map((_, col) => Math.max(...rows.map((r) => r[col].length)));
for (const r of rows)
  console.log(r.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join('   '));

// Least-squares slope of log(wall) against log(instances).
const mx = points.reduce((a, p) => a + p[0], 0) / points.length;
const my = points.reduce((a, p) => a + p[1], 0) / points.length;
const slope =
  points.reduce((a, p) => a + (p[0] - mx) * (p[1] - my), 0) / points.reduce((a, p) => a + (p[0] - mx) ** 2, 0);
console.log(`\nscaling exponent (wall time ∝ instances^k): k = ${slope.toFixed(2)}`);
console.log(`node ${process.version}, ${process.arch}`);
