import { describe, expect, it } from 'vitest';
import { scenarioOrThrow } from '../scenario/parse';
import { compare, eligible, naiveNeverSeen, type Observations } from './compare';
import type { Plan } from './plan';
import { Z95 } from './stats';

const scenario = scenarioOrThrow({
  durationSec: 100,
  services: [{ name: 'batch', kind: 'short-lived', startsPerMin: 1, lifetimeSec: { dist: 'fixed', value: 5 } }],
  pull: { scrapeIntervalSec: 15, discovery: 'file', discoveryDelaySec: 0.5, discoveryTickSec: 5 },
});
// Settled 0.5 + 5 + 15 + 1 = 21.5 s after a change: a job ending at 80 counts, one ending at 90 does not.
const job = (id: string, start: number) => ({
  id,
  group: 'batch',
  job: true,
  series: 1,
  lives: [[start, start + 5]] as [number, number][],
});
const plan: Plan = {
  durationSec: 100,
  targets: [...Array.from({ length: 40 }, (_, i) => job(`j${i}`, i)), job('late', 85)],
  pushes: [],
  crashes: [],
};
const observe = (seen: (i: number) => boolean): Observations => ({
  jobs: plan.targets.map((t, i) => ({ id: t.id, firstScrapeDelaySec: seen(i) ? 2 : null })),
  runs: [],
  crashes: null,
  exposedSeriesAtEnd: null,
});

describe('eligible', () => {
  it('leaves out jobs whose fate is not settled inside the run', () => {
    const e = eligible(plan, scenario);
    expect(e.jobs.size).toBe(40);
    expect(e.jobs.has('late')).toBe(false);
  });
});

describe('compare', () => {
  it('sets the real share against the mean and spread of the simulated runs', () => {
    const real = observe((i) => i % 4 === 0); // 10 of 40 seen: 75 % never seen
    // Two simulated runs: 80 % and 70 % never seen; mean 75 %, sd sqrt(2 * 0.05^2 / 1) = 0.0707.
    const sims = [observe((i) => i < 8), observe((i) => i < 12)];
    const [never] = compare(plan, scenario, real, sims);
    expect(never.key).toBe('neverSeenShare');
    expect(never.real).toMatchObject({ n: 40, value: 0.75 });
    expect(never.simulated).toMatchObject({ n: 40, runs: 2 });
    expect(never.simulated!.value).toBeCloseTo(0.75, 12);
    expect(never.simulated!.lo).toBeCloseTo(0.75 - Z95 * Math.sqrt(0.005), 6);
    expect(never.test).toBe('model spread (z)');
    expect(never.pValue).toBeCloseTo(1, 6);
    expect(never.verdict).toBe('agree');
    expect(never.naive).toBeCloseTo(2 / 3, 12);
  });
  it('says differ when the real share is far outside the simulated spread', () => {
    const sims = [observe(() => true), observe((i) => i > 0)]; // 0 % and 2.5 % never seen
    const [never] = compare(
      plan,
      scenario,
      observe(() => false),
      sims,
    );
    expect(never.verdict).toBe('differ');
    expect(never.difference!.lo).toBeGreaterThan(0.8);
  });
  it("allows only the model's value when every simulated run gives it", () => {
    const sims = [observe(() => true), observe(() => true)];
    const [same] = compare(
      plan,
      scenario,
      observe(() => true),
      sims,
    );
    expect(same).toMatchObject({ test: 'exact', pValue: 1, verdict: 'agree' });
    const [off] = compare(
      plan,
      scenario,
      observe((i) => i > 0),
      sims,
    );
    expect(off).toMatchObject({ test: 'exact', pValue: 0, verdict: 'differ' });
  });
  it('marks crash metrics unsupported when the simulator cannot model them', () => {
    const crashPlan: Plan = {
      ...plan,
      crashes: [{ id: 'j0', crashSec: 10, backSec: 15, behaviour: 'restart', fleetIndex: 0 }],
    };
    const real = { ...observe(() => true), crashes: [{ id: 'j0', crashSec: 10, upZeroDelaySec: 3 }] };
    const metrics = compare(crashPlan, scenario, real, [observe(() => true), observe(() => true)]);
    const crash = metrics.filter((m) => m.key === 'crashesWithUpZeroShare' || m.key === 'detectionSec');
    expect(crash.map((m) => m.verdict)).toEqual(['unsupported', 'unsupported']);
    expect(crash[0].note).toMatch(/onCrash/);
  });
});

describe('naiveNeverSeen', () => {
  it('is 1 - d/T for fixed jobs, and 0 for jobs longer than the interval', () => {
    expect(naiveNeverSeen(scenario)).toBeCloseTo(1 - 5 / 15, 12);
    const long = scenarioOrThrow({
      ...scenario,
      services: [{ ...scenario.services[0], lifetimeSec: { dist: 'fixed', value: 30 } }],
    });
    expect(naiveNeverSeen(long)).toBe(0);
  });
});
