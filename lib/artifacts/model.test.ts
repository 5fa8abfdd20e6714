import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../scenario/parse';
import { resolveInstance } from './instance';
import { exponentialQuantile, inProgress, pushWindow, shardUnitsBetween, spread, unitDurationMs } from './model';

describe('model', () => {
  it('spread keeps evenly spaced items and both ends', () => {
    const items = [1, 2, 3, 4, 5, 6, 7];
    expect([0, 1, 2, 3, 7, 9].map((k) => spread(items, k))).toEqual([[], [4], [1, 7], [1, 4, 7], items, items]);
  });

  it('exponential quantiles: the mean at 1 - 1/e, the median at mean ln 2', () => {
    expect(exponentialQuantile(1 - Math.exp(-1), 0.2)).toBeCloseTo(0.2, 12);
    expect(exponentialQuantile(0.5, 0.2)).toBeCloseTo(0.2 * Math.LN2, 12);
    expect(exponentialQuantile(0, 0.2)).toBe(0);
  });

  it('round-robin shards: of units 90..99 over 36 shards, shard 26 got unit 98 only', () => {
    expect(shardUnitsBetween(90, 100, 36, 26)).toBe(1);
    expect(shardUnitsBetween(90, 100, 36, 17)).toBe(0);
  });

  it('a push window is clipped at the start and exact to the microsecond', () => {
    const s = defaultScenario();
    expect(pushWindow(resolveInstance(s, { group: 'web' }), 0.1)).toEqual({ work: 0.1, n0: 1799, n1: 1800 });
    expect(pushWindow(resolveInstance(s, { group: 'web', startSec: 1795 }), 10)).toEqual({ work: 5, n0: 0, n1: 5 });
  });

  it('unit durations are whole milliseconds, at least 1; nothing runs before the start', () => {
    const inst = resolveInstance(defaultScenario(), { group: 'web' });
    for (let k = 0; k < 200; k++)
      expect(Number.isInteger(unitDurationMs(inst, k)) && unitDurationMs(inst, k) >= 1).toBe(true);
    expect(inProgress(inst, 0)).toBe(0);
    // Unit 0 runs on (0, d0]: busy just after it starts.
    expect(inProgress(inst, 0.0005)).toBe(1);
  });
});
