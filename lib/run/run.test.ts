import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario, scenarioOrThrow, ScenarioError } from '../scenario/parse';
import type { ScenarioInput } from '../scenario/schema';
import { buildFleet } from '../sim/fleet';
import { checkBudget, estimateEvents, EVENT_LIMIT, INSTANCE_LIMIT, runScenario, startRun } from './run';

const run = (input: ScenarioInput) => runScenario(scenarioOrThrow(input))!;

/** Small random scenarios covering every knob. */
const smallScenario = fc.record({
  seed: fc.integer({ min: 0, max: 1000 }),
  durationSec: fc.integer({ min: 30, max: 600 }),
  resolutionSec: fc.constantFrom(1, 5, 15, 30),
  services: fc.tuple(
    fc.record({
      name: fc.constant('web'),
      kind: fc.constant('long-running' as const),
      count: fc.integer({ min: 0, max: 8 }),
      crashesPerHour: fc.constantFrom(0, 10, 120),
      restartDelaySec: fc.constantFrom(0, 5, 30),
      onCrash: fc.constantFrom('restart' as const, 'replace' as const),
      seriesPerService: fc.constantFrom(1, 50, 200),
      firewalled: fc.boolean(),
    }),
    fc.record({
      name: fc.constant('batch'),
      kind: fc.constant('short-lived' as const),
      startsPerMin: fc.constantFrom(0, 3, 30),
      lifetimeSec: fc.oneof(
        fc.record({ dist: fc.constant('fixed' as const), value: fc.constantFrom(0.5, 5, 40) }),
        fc.record({ dist: fc.constant('exponential' as const), mean: fc.constantFrom(3, 20) }),
        fc.record({ dist: fc.constant('lognormal' as const), median: fc.constant(10), sigma: fc.constant(1) }),
      ),
      seriesPerService: fc.constantFrom(10, 100),
      firewalled: fc.boolean(),
    }),
  ),
  network: fc.record({ lossRate: fc.constantFrom(0, 0.1, 0.9), clockSkewSec: fc.constantFrom(0, 2) }),
  pull: fc.record({
    scrapeIntervalSec: fc.constantFrom(5, 15, 60),
    discovery: fc.constantFrom('kubernetes' as const, 'file' as const, 'dns' as const, 'static' as const),
    pushgateway: fc.boolean(),
    pushgatewayGrouping: fc.constantFrom('instance' as const, 'job' as const),
    sampleLimit: fc.constantFrom(0, 60),
  }),
  push: fc.record({
    protocol: fc.constantFrom('http' as const, 'statsd' as const),
    pushIntervalSec: fc.constantFrom(1, 10, 60),
    alignment: fc.constantFrom('jittered' as const, 'aligned' as const),
    collectorCapacityPerSec: fc.constantFrom(1, 5, 1000),
    flushOnExit: fc.boolean(),
    clientTimestamps: fc.boolean(),
    temporality: fc.constantFrom('cumulative' as const, 'delta' as const),
    onThrottle: fc.constantFrom('retry' as const, 'drop' as const),
  }),
});

describe('runScenario: invariants (property)', () => {
  it('received ≤ expected everywhere, ratios in [0, 1], never-seen ≤ total', () => {
    fc.assert(
      fc.property(smallScenario, (input) => {
        const r = run(input);
        for (const o of [r.pull, r.push]) {
          expect(o.samplesReceived).toBeLessThanOrEqual(o.samplesExpected);
          for (const row of o.timeline) expect(row.received).toBeLessThanOrEqual(row.expected);
          expect(o.countsLostRatio).toBeGreaterThanOrEqual(0);
          expect(o.countsLostRatio).toBeLessThanOrEqual(1);
          expect(o.missedSampleRatio).toBeGreaterThanOrEqual(0);
          expect(o.missedSampleRatio).toBeLessThanOrEqual(1);
          expect(o.servicesNeverSeen).toBeLessThanOrEqual(o.servicesTotal);
          expect(o.failed).toBeLessThanOrEqual(o.requests);
          expect(o.requestsPerSecPeak).toBeLessThanOrEqual(o.requests);
        }
        expect(r.trace.length).toBeLessThanOrEqual(24);
      }),
      { numRuns: 60 },
    );
  });

  it('is deterministic: the same scenario gives byte-identical JSON', () => {
    fc.assert(
      fc.property(smallScenario, (input) => {
        expect(JSON.stringify(run(input))).toBe(JSON.stringify(run(input)));
      }),
      { numRuns: 15 },
    );
  });

  it('pull and push knobs never change the fleet', () => {
    fc.assert(
      fc.property(smallScenario, smallScenario, (a, b) => {
        const fleetOf = (pull: object, push: object) => buildFleet(scenarioOrThrow({ ...a, pull, push }));
        const x = fleetOf(a.pull, a.push);
        const y = fleetOf(b.pull, b.push);
        expect(Array.from(y.startSec)).toEqual(Array.from(x.startSec));
        expect(Array.from(y.endSec)).toEqual(Array.from(x.endSec));
        expect(Array.from(y.key)).toEqual(Array.from(x.key));
        expect(Array.from(y.downStartSec)).toEqual(Array.from(x.downStartSec));
      }),
      { numRuns: 30 },
    );
  });

  it('a shorter scrape interval never raises the share of jobs pull never sees beyond noise', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.constantFrom(5, 10, 20),
        fc.constantFrom(5, 15, 30),
        fc.integer({ min: 2, max: 20 }),
        (seed, life, fast, extra) => {
          const at = (T: number) =>
            run({
              seed,
              durationSec: 1800,
              services: [
                {
                  name: 'batch',
                  kind: 'short-lived',
                  startsPerMin: 20,
                  lifetimeSec: { dist: 'exponential', mean: life },
                },
              ],
              pull: { scrapeIntervalSec: T },
            }).pull;
          const quick = at(fast);
          const slow = at(fast + extra);
          const n = quick.servicesTotal;
          const share = (o: typeof quick) => o.servicesNeverSeen / n;
          expect(share(quick) - share(slow)).toBeLessThan(4 * Math.sqrt(0.25 / n));
        },
      ),
      { numRuns: 15 },
    );
  });
});

describe('the fleet, one report', () => {
  it('both outcomes describe the same instances', () => {
    const r = run({
      services: [
        { name: 'web', kind: 'long-running', crashesPerHour: 6 },
        { name: 'batch', kind: 'short-lived' },
      ],
    });
    expect(r.push.servicesTotal).toBe(r.pull.servicesTotal);
    expect(r.push.samplesExpected).toBe(r.pull.samplesExpected);
    expect(r.pull.timeline.map((row) => row.alive)).toEqual(r.push.timeline.map((row) => row.alive));
  });

  it('traces a crashed instance and its replacement when there are crashes', () => {
    const r = run({
      services: [
        { name: 'web', kind: 'long-running', count: 30, crashesPerHour: 2, onCrash: 'replace' },
        { name: 'batch', kind: 'short-lived' },
      ],
    });
    const crashed = r.trace.find((t) => t.crashed)!;
    expect(crashed.events.map((e) => e.kind)).toContain('crash');
    expect(r.trace.some((t) => t.id === `${crashed.id}-r1`)).toBe(true);
    expect(r.trace.some((t) => t.kind === 'short-lived')).toBe(true);
  });
});

describe('chunked runs (the Web Worker API)', () => {
  const scenario = scenarioOrThrow({
    services: [
      { name: 'web', kind: 'long-running', count: 200 },
      { name: 'batch', kind: 'short-lived' },
    ],
  });

  it('gives the same report in small chunks, with progress rising to 1', () => {
    const handle = startRun(scenario);
    const seen: number[] = [];
    while (!handle.advance(997)) seen.push(handle.progress());
    expect(handle.progress()).toBe(1);
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.every((p, n) => p >= 0 && p < 1 && (n === 0 || p >= seen[n - 1]))).toBe(true);
    expect(JSON.stringify(handle.report())).toBe(JSON.stringify(runScenario(scenario)));
  });

  it('returns null when cancelled, and reports progress on the way', () => {
    let calls = 0;
    const progress: number[] = [];
    const big = scenarioOrThrow({ durationSec: 7200, services: [{ name: 'web', kind: 'long-running', count: 500 }] });
    expect(runScenario(big, { onProgress: (p) => progress.push(p), isCancelled: () => ++calls > 3 })).toBeNull();
    expect(progress.length).toBe(3);
  });

  it('refuses to report before the end', () => {
    expect(() => startRun(scenario).report()).toThrow(/not finished/);
  });
});

describe('event budget', () => {
  it('allows 10,000 instances for an hour and estimates it near 6 M events', () => {
    const s = scenarioOrThrow({ durationSec: 3600, services: [{ name: 'web', kind: 'long-running', count: 10_000 }] });
    expect(checkBudget(s)).toBeNull();
    // 10,000 × (240 scrapes + 360 pushes) + 10,000 instances + 2 × 240 buckets.
    expect(estimateEvents(s)).toBe(6_010_480);
  });

  it('counts instances, not only events: one slot replaced every second for a week is refused', () => {
    // 1 + 604,800 lifetimes (each crash replaces the pod), though both engines expect under a million events.
    const s = scenarioOrThrow({
      durationSec: 604_800,
      resolutionSec: 60,
      pull: { scrapeIntervalSec: 3600 },
      push: { pushIntervalSec: 3600 },
      services: [
        { name: 'web', kind: 'long-running', count: 1, crashesPerHour: 3600, restartDelaySec: 0, onCrash: 'replace' },
      ],
    });
    expect(estimateEvents(s)).toBeLessThan(EVENT_LIMIT);
    expect(checkBudget(s)!.message).toContain('604,801 instances');
    expect(checkBudget(s)!.message).toContain(INSTANCE_LIMIT.toLocaleString('en-US'));
  });

  it('starts a run without building the fleet, so a worker can drop it at the next chunk', () => {
    const s = scenarioOrThrow({ services: [{ name: 'web', kind: 'long-running', count: 30_000 }] });
    const run = startRun(s);
    expect(run.advance(1000)).toBe(false);
    expect(run.events()).toBe(0);
    expect(run.progress()).toBeLessThan(0.01);
  });

  it('refuses a week of 100,000 instances up front, naming the estimate and the limit', () => {
    const s = scenarioOrThrow({
      durationSec: 604_800,
      resolutionSec: 60,
      services: [{ name: 'web', kind: 'long-running', count: 100_000 }],
    });
    const issue = checkBudget(s)!;
    expect(issue.message).toContain(estimateEvents(s).toLocaleString('en-US'));
    expect(issue.message).toContain(EVENT_LIMIT.toLocaleString('en-US'));
    expect(() => startRun(s)).toThrow(ScenarioError);
  });

  it('parse and budget issues share one shape', () => {
    const bad = parseScenario({ durationSec: -1 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.error.issues[0]).sort()).toEqual(['message', 'path']);
  });
});
