/** Properties of scenario version 2's rules over many random small scenarios (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario, scenarioOrThrow } from '../scenario/parse';
import type { ScenarioInput } from '../scenario/schema';
import { runScenario } from './run';

const run = (input: ScenarioInput) => runScenario(scenarioOrThrow(input))!;

const small = fc.record({
  seed: fc.integer({ min: 0, max: 1000 }),
  count: fc.integer({ min: 1, max: 8 }),
  crashesPerHour: fc.constantFrom(0, 4, 30),
  restartDelaySec: fc.constantFrom(1, 10, 60),
  startsPerMin: fc.constantFrom(0, 6),
  lossRate: fc.constantFrom(0, 0.1, 0.5),
  capacity: fc.constantFrom(1, 5, 1000),
  alignment: fc.constantFrom('jittered' as const, 'aligned' as const),
  onThrottle: fc.constantFrom('retry' as const, 'drop' as const),
  protocol: fc.constantFrom('http' as const, 'statsd' as const),
  onCrash: fc.constantFrom('restart' as const, 'replace' as const),
});

type Knobs = typeof small extends fc.Arbitrary<infer T> ? T : never;

const scenario = (k: Knobs, temporality: 'delta' | 'cumulative' = 'cumulative'): ScenarioInput => ({
  seed: k.seed,
  durationSec: 600,
  services: [
    {
      name: 'web',
      kind: 'long-running',
      count: k.count,
      crashesPerHour: k.crashesPerHour,
      restartDelaySec: k.restartDelaySec,
      onCrash: k.onCrash,
    },
    { name: 'batch', kind: 'short-lived', startsPerMin: k.startsPerMin },
  ],
  network: { lossRate: k.lossRate },
  push: {
    protocol: k.protocol,
    alignment: k.alignment,
    collectorCapacityPerSec: k.capacity,
    onThrottle: k.onThrottle,
    temporality,
  },
});

describe('version 2 properties', () => {
  it('countsDuplicatedRatio is 0 for pull, for cumulative http pushes and for StatsD', () => {
    fc.assert(
      fc.property(small, (k) => {
        const r = run(scenario(k));
        expect(r.pull.countsDuplicatedRatio).toBe(0);
        expect(r.push.countsDuplicatedRatio).toBe(0);
        if (k.protocol === 'statsd') expect(run(scenario(k, 'delta')).push.countsDuplicatedRatio).toBe(0);
      }),
      { numRuns: 40 },
    );
  });

  it('restarts never add instances: the fleet is the same size whatever the crash rate', () => {
    fc.assert(
      fc.property(small, (k) => {
        const restart = { ...k, onCrash: 'restart' as const };
        const calm = run(scenario({ ...restart, crashesPerHour: 0 }));
        const crashing = run(scenario({ ...restart, crashesPerHour: 30 }));
        expect(crashing.pull.servicesTotal).toBe(calm.pull.servicesTotal);
        expect(crashing.push.servicesTotal).toBe(calm.push.servicesTotal);
        // …while replacing adds one instance per crash that comes back within the run.
        expect(
          run(scenario({ ...k, onCrash: 'replace', crashesPerHour: 30 })).pull.servicesTotal,
        ).toBeGreaterThanOrEqual(calm.pull.servicesTotal);
      }),
      { numRuns: 25 },
    );
  });

  it('a version 1 scenario migrates to version 2, with a notice, and runs', () => {
    fc.assert(
      fc.property(small, (k) => {
        const v1 = {
          version: 1,
          seed: k.seed,
          durationSec: 300,
          services: [
            { name: 'web', kind: 'long-running', count: k.count, crashesPerHour: k.crashesPerHour },
            { name: 'batch', kind: 'short-lived', startsPerMin: k.startsPerMin },
          ],
          network: { lossRate: k.lossRate },
          push: { protocol: k.protocol, alignment: k.alignment },
        };
        const parsed = parseScenario(v1);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.scenario.version).toBe(2);
        expect(parsed.notices).toHaveLength(1);
        const web = parsed.scenario.services[0];
        expect(web.kind === 'long-running' && web.onCrash).toBe('replace');
        const report = runScenario(parsed.scenario)!;
        expect(report.version).toBe(2);
        expect(report.pull.servicesTotal).toBe(report.push.servicesTotal);
      }),
      { numRuns: 25 },
    );
  });

  it('timeline rows add up: down never exceeds alive-or-known targets, requestsPeak never exceeds requests', () => {
    fc.assert(
      fc.property(small, (k) => {
        const r = run(scenario(k));
        for (const o of [r.pull, r.push]) {
          for (const row of o.timeline) {
            expect(row.requestsPeak).toBeLessThanOrEqual(row.requests);
            expect(row.down).toBeGreaterThanOrEqual(0);
            expect(row.down).toBeLessThanOrEqual(o.servicesTotal);
          }
          expect(o.requestsPerSecPeak).toBe(Math.max(0, ...o.timeline.map((row) => row.requestsPeak)));
        }
      }),
      { numRuns: 40 },
    );
  });
});
