import { describe, expect, it } from 'vitest';
import { scenarioOrThrow } from '../scenario/parse';
import { CACHED_INSTANCES, checkBudget, estimateCost, EVENT_LIMIT, eventWeight } from './budget';

const fleetOf = (count: number, durationSec: number) =>
  scenarioOrThrow({ durationSec, services: [{ name: 'web', kind: 'long-running', count }] });

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
