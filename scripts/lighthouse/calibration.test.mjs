import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calibrate, median } from './calibration.mjs';

// Expected values worked out by hand from the calculator's three lines and the proportional rule.
describe('calibrate', () => {
  it("meets the calculator's own points at each edge of its lines", () => {
    expect(calibrate(150)).toEqual({ multiplier: 1, basis: 'calculator' });
    expect(calibrate(800).multiplier).toBe(2); // 1 + 650/650 from below, 2 + 0 from above
    expect(calibrate(1300).multiplier).toBe(3); // 2 + 500/500 from below, 3 + 0 from above
    expect(calibrate(1533).multiplier).toBe(4); // Lighthouse's default 4x: 3 + 233/233
    expect(calibrate(2000)).toEqual({ multiplier: 3 + 700 / 233, basis: 'calculator' }); // 6.004x
  });

  it('grows in proportion to the index above the top calibrated point', () => {
    const top = 3 + 700 / 233;
    expect(calibrate(4000)).toEqual({ multiplier: 2 * top, basis: 'proportional' }); // 12.009x
    expect(calibrate(3500).multiplier).toBeCloseTo(10.5075, 4); // 6.0043 * 1.75, not the 12.45x of the line
  });

  it('applies no slowdown to a host slower than the device, and says so', () => {
    expect(calibrate(149)).toEqual({ multiplier: 1, basis: 'host too slow' });
  });

  it('rejects an index that is not a measurement', () => {
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => calibrate(bad)).toThrow();
  });

  it('never falls as the host gets faster, and has no jump at the range edges', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 20_000, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (i, d) => {
          const [a, b] = [calibrate(i).multiplier, calibrate(i + d).multiplier];
          // The steepest line is 1/233 per index unit; proportional above 2000 is 6.004/2000 = 1/333.
          return b >= a && b - a <= d / 233 + 1e-9;
        },
      ),
    );
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
