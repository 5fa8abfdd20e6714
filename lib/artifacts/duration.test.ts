import { describe, expect, it } from 'vitest';
import { promDuration } from './duration';

describe('promDuration', () => {
  it.each([
    [0, '0s'],
    [15, '15s'],
    [10, '10s'],
    [0.5, '500ms'],
    [0.1, '100ms'],
    [90, '1m30s'],
    [60, '1m'],
    [3600, '1h'],
    [3661.5, '1h1m1s500ms'],
    [86400, '1d'],
    [8 * 86400, '1w1d'],
    [365 * 86400, '1y'],
    [1.0004, '1s'], // rounded to the millisecond, Prometheus' finest unit
    [2.0006, '2s1ms'],
    [0.0004, '0s'],
  ])('%s s is %s', (sec, text) => {
    expect(promDuration(sec)).toBe(text);
  });

  it('only writes integers per unit, each unit once, largest first', () => {
    for (const sec of [0.1, 0.25, 1.5, 7.123, 59.999, 61, 599.9, 3599.999]) {
      expect(promDuration(sec)).toMatch(/^(\d+y)?(\d+w)?(\d+d)?(\d+h)?(\d+m)?(\d+s)?(\d+ms)?$/);
    }
  });

  it('refuses negative and non-finite spans', () => {
    expect(() => promDuration(-1)).toThrow(RangeError);
    expect(() => promDuration(NaN)).toThrow(RangeError);
  });
});
