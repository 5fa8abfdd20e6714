import { describe, expect, it } from 'vitest';
import { scenarioOrThrow } from '../scenario/parse';
import type { ScenarioInput } from '../scenario/schema';
import { CACHED_INSTANCES, checkBudget, estimateCost, estimatePushRetries, EVENT_LIMIT, eventWeight } from './budget';
import { startRun } from './run';

// A collector that takes every push: these fleets' cost is their events' weight, not refusals.
const fleetOf = (count: number, durationSec: number) =>
  scenarioOrThrow({
    durationSec,
    push: { collectorCapacityPerSec: 10_000_000 },
    services: [{ name: 'web', kind: 'long-running', count }],
  });

describe('event weight by fleet size', () => {
  it('is 1 up to the cached fleet, then one more per doubling', () => {
    expect(eventWeight(1)).toBe(1);
    expect(eventWeight(CACHED_INSTANCES)).toBe(1);
    expect(eventWeight(2 * CACHED_INSTANCES)).toBe(2);
    expect(eventWeight(4 * CACHED_INSTANCES)).toBe(3);
    expect(eventWeight(16 * CACHED_INSTANCES)).toBe(5);
  });

  it('weights the events of 40,000 instances by 3', () => {
    // Defaults: scrapes every 15 s, pushes every 10 s, 15 s buckets. Over 300 s:
    // 40,000 instances + 40,000 × 20 scrapes + 40,000 × 30 pushes + 2 × 20 buckets = 2,040,040 events.
    const cost = estimateCost(fleetOf(40_000, 300));
    expect(cost.alive).toBe(40_000);
    expect(cost.events).toBe(2_040_040);
    expect(cost.work).toBe(3 * 2_040_040);
  });

  it('counts jobs alive at once by arrival rate times mean life, not jobs over the run', () => {
    // 10,000 starts a minute living 1 s each: 10,000 / 60 ≈ 167 alive at once, though 1.2 M start in 2 h.
    const s = scenarioOrThrow({
      durationSec: 7200,
      services: [
        { name: 'batch', kind: 'short-lived', startsPerMin: 10_000, lifetimeSec: { dist: 'fixed', value: 1 } },
      ],
    });
    const cost = estimateCost(s);
    expect(cost.alive).toBeCloseTo(10_000 / 60, 6);
    expect(cost.work).toBe(cost.events);
  });

  it('refuses a big fleet whose events alone would fit, naming both figures and the limit', () => {
    // 20,000 instances for 9,000 s: 20,000 + 12,000,000 scrapes + 18,000,000 pushes + 2 × 600 buckets
    // = 30,021,200 events, under the limit; at weight 2 the work is 60,042,400, over it.
    const s = fleetOf(20_000, 9000);
    expect(estimateCost(s).events).toBe(30_021_200);
    const issue = checkBudget(s)!;
    expect(issue.message).toContain('60,042,400');
    expect(issue.message).toContain('30,021,200 events');
    expect(issue.message).toContain('20,000 instances alive at once');
    expect(issue.message).toContain(`over the limit of ${EVENT_LIMIT.toLocaleString('en-US')}`);
    // Half the fleet for the same time: about half the events at weight 1, accepted.
    expect(checkBudget(fleetOf(10_000, 9000))).toBeNull();
  });
});

describe('retries after capacity refusals', () => {
  const overloaded = (count: number, durationSec: number, push: ScenarioInput['push'] = {}) =>
    scenarioOrThrow({
      durationSec,
      push: { collectorCapacityPerSec: 100, ...push },
      services: [{ name: 'web', kind: 'long-running', count }],
    });

  it('counts none within capacity, for StatsD, or when a refused push is dropped', () => {
    // 1,000 instances every 10 s offer 100 pushes a second: exactly the capacity.
    expect(estimatePushRetries(overloaded(1000, 600), 1000)).toBe(0);
    expect(estimateCost(overloaded(1000, 600)).pushRetries).toBe(0);
    expect(estimatePushRetries(overloaded(5000, 600, { protocol: 'statsd' }), 5000)).toBe(0);
    expect(estimatePushRetries(overloaded(5000, 600, { onThrottle: 'drop' }), 5000)).toBe(0);
    expect(estimatePushRetries(overloaded(5000, 600), 5000)).toBeGreaterThan(0);
  });

  it('admits a share f at each tick and retries the rest until admitted, filling the capacity', () => {
    // Pick the capacity that makes f = 1/2. A refused instance then sends retry j with chance 2^-j:
    // E[K] = 2 retries a cycle. Mean delays 0.75, 1.5, 3, 6, 12, then 22.5 s, so the cycle's mean
    // length is Σ 2^-j d_j + P/2 = 5 × 0.75 + 22.5 × (1/32) / (1/2) + 5 = 10.15625 s. Admissions:
    // N/2 / P at the ticks plus N/2 / 10.15625 s from the retries, so C = 1000 × (0.05 + 0.5/10.15625).
    // Retries: 500 × 2 / 10.15625 per second for 100,000 s = 9,846,154, plus a start-up of a few per
    // instance (under 0.1 % here).
    const C = 1000 * (0.05 + 0.5 / 10.15625);
    const s = overloaded(1000, 100_000, { collectorCapacityPerSec: C });
    const retries = estimatePushRetries(s, 1000);
    expect(retries / 9_846_154).toBeGreaterThan(1);
    expect(retries / 9_846_154).toBeLessThan(1.001);
  });

  it('at a crushing overload, retries every refused instance at the capped backoff all run long', () => {
    // 100,000 pushers against 1 request a second: almost none is ever admitted (f ≈ 1e-4). Each
    // retries after 0.75, 1.5, 3, 6 and 12 s (23.25 s in all), then every 22.5 s: by 600 s that is
    // 5 + floor(576.75 / 22.5) = 30 retries. The capped tail is summed in closed form.
    const s = overloaded(100_000, 600, { collectorCapacityPerSec: 1 });
    const retries = estimatePushRetries(s, 100_000);
    expect(retries / 3_000_000).toBeGreaterThan(0.99);
    expect(retries / 3_000_000).toBeLessThan(1.01);
  });

  it('is near what the engine does, at two and ten times the capacity, cumulative and delta', () => {
    // 2,000 instances every 10 s offer 200 pushes a second; the engine's events beyond the estimate
    // without retries are its retries.
    for (const push of [{}, { temporality: 'delta' as const }, { collectorCapacityPerSec: 20 }]) {
      const s = overloaded(2000, 600, push);
      const cost = estimateCost(s);
      const run = startRun(s);
      while (!run.advance(1_000_000));
      const retries = run.events() - (cost.events - cost.pushRetries);
      expect(retries / cost.pushRetries).toBeGreaterThan(0.85);
      expect(retries / cost.pushRetries).toBeLessThan(1.15);
    }
  });
});
