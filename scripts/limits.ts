/**
 * `npx tsx scripts/limits.ts`: measures the budget's limits on this machine, for the largest
 * scenarios the budget accepts (one per kind of cost: instances, events, buckets).
 *
 * For each: peak memory of the run as the worker runs it (heap plus typed-array backing stores,
 * sampled between chunks, above a collected baseline), the longest single chunk (how long a newer
 * request waits, since the worker checks for one between chunks), and the whole run's wall time.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { scenarioOrThrow } from '../lib/scenario/parse';
import type { Scenario, ScenarioInput } from '../lib/scenario/schema';
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
  'instances: 1 slot crashing every second for 2.9 days': {
    durationSec: 249_000,
    resolutionSec: 60,
    pull: { scrapeIntervalSec: 3600 },
    push: { pushIntervalSec: 3600 },
    services: [{ name: 'web', kind: 'long-running', count: 1, crashesPerHour: 3600, restartDelaySec: 0 }],
  },
  'instances: 1-second jobs, 10,000 a minute for 1,490 s': {
    durationSec: 1490,
    pull: { scrapeIntervalSec: 3600 },
    push: { pushIntervalSec: 3600 },
    services: [{ name: 'batch', kind: 'short-lived', startsPerMin: 10_000, lifetimeSec: { dist: 'fixed', value: 1 } }],
  },
  'events: 100,000 instances for 2,990 s': { durationSec: 2990, services: [group('web')] },
  'instances and events: 250,000 instances for 1,190 s': {
    durationSec: 1190,
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
  let t = performance.now();
  const t0 = t;
  const run = startRun(scenario);
  let longest = performance.now() - t;
  for (;;) {
    t = performance.now();
    const done = run.advance(CHUNK_EVENTS);
    longest = Math.max(longest, performance.now() - t);
    peak = Math.max(peak, used());
    if (done) break;
  }
  run.report();
  return { wallMs: performance.now() - t0, longestChunkMs: longest, peakMb: (peak - baseline) / 2 ** 20 };
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
for (const [name, input] of isMain ? Object.entries(LARGEST) : []) {
  const s = scenarioOrThrow(input);
  const cost = estimateCost(s);
  const refused = checkBudget(s);
  console.log(`\n${name}`);
  console.log(
    `  estimate: ${Math.round(cost.instances).toLocaleString('en-US')} instances, ` +
      `${cost.events.toLocaleString('en-US')} events, ${cost.buckets} buckets`,
  );
  if (refused) {
    console.log(`  refused: ${refused.message}`);
    continue;
  }
  const m = await measure(s);
  console.log(
    `  measured: peak ${m.peakMb.toFixed(0)} MB, longest chunk ${m.longestChunkMs.toFixed(0)} ms, ` +
      `wall ${(m.wallMs / 1000).toFixed(1)} s`,
  );
}
