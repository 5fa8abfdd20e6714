import { describe, expect, it } from 'vitest';
import { scenarioOrThrow } from '../scenario/parse';
import { compare, eligible, naiveNeverSeen, type Observations } from './compare';
import type { Plan } from './plan';

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
  it('counts never-seen jobs on each side and agrees when they match', () => {
    const both = observe((i) => i % 4 === 0); // 10 of 40 seen: 75 % never seen
    const [never] = compare(plan, scenario, both, both);
    expect(never.key).toBe('neverSeenShare');
    expect(never.real).toMatchObject({ n: 40, value: 0.75 });
    expect(never.verdict).toBe('agree');
    expect(never.naive).toBeCloseTo(2 / 3, 12);
  });
  it('says differ when the shares are far apart', () => {
    const [never] = compare(
      plan,
      scenario,
      observe(() => false),
      observe(() => true),
    );
    expect(never.verdict).toBe('differ');
    expect(never.difference!.lo).toBeGreaterThan(0.8);
  });
  it('marks crash metrics unsupported when the simulator cannot model them', () => {
    const crashPlan: Plan = {
      ...plan,
      crashes: [{ id: 'j0', crashSec: 10, backSec: 15, behaviour: 'restart', fleetIndex: 0 }],
    };
    const real = { ...observe(() => true), crashes: [{ id: 'j0', crashSec: 10, upZeroDelaySec: 3 }] };
    const metrics = compare(
      crashPlan,
      scenario,
      real,
      observe(() => true),
    );
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
