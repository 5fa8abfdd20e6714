import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  kolmogorovSmirnov,
  meanInterval,
  normalCdf,
  proportionDifference,
  quantile,
  summarize,
  twoProportionP,
  welchP,
  wilson,
  Z95,
} from './stats';

describe('normalCdf', () => {
  it('matches tabulated values', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 6);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 5);
    expect(normalCdf(-1)).toBeCloseTo(0.158655, 5);
  });
});

describe('wilson', () => {
  it('gives the textbook interval for 84 of 100', () => {
    // p = 0.84, z = 1.96: centre (0.84 + 0.019208) / 1.038416 = 0.82742;
    // half 1.96 * sqrt(0.001344 + 0.000096) / 1.038416 = 0.07163.
    const { lo, hi } = wilson(84, 100, Z95);
    expect(lo).toBeCloseTo(0.7558, 3);
    expect(hi).toBeCloseTo(0.899, 3);
  });
  it('never leaves [0, 1] and always contains the estimate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, f) => {
        const x = Math.round(f * n);
        const { lo, hi } = wilson(x, n);
        return lo >= 0 && hi <= 1 && lo <= x / n + 1e-12 && hi >= x / n - 1e-12;
      }),
    );
  });
});

describe('two proportions', () => {
  it('a difference interval contains 0 exactly when equal samples are compared', () => {
    const d = proportionDifference(50, 100, 50, 100);
    expect(d.lo).toBeLessThan(0);
    expect(d.hi).toBeGreaterThan(0);
    expect(twoProportionP(50, 100, 50, 100)).toBeCloseTo(1, 6);
  });
  it('flags 84 % against 67 % on 240 each', () => {
    // pooled p = 0.755, se = sqrt(0.755 * 0.245 * 2 / 240) = 0.03926, z = 4.33.
    expect(twoProportionP(202, 240, 161, 240)).toBeLessThan(1e-4);
    expect(proportionDifference(202, 240, 161, 240).lo).toBeGreaterThan(0);
  });
});

describe('means', () => {
  it('summarizes and brackets the mean', () => {
    const s = summarize([1, 2, 3, 4, 5]);
    expect(s.mean).toBe(3);
    expect(s.sd).toBeCloseTo(Math.sqrt(2.5), 12);
    const { lo, hi } = meanInterval(s);
    expect(hi - 3).toBeCloseTo((Z95 * Math.sqrt(2.5)) / Math.sqrt(5), 12);
    expect(3 - lo).toBeCloseTo(hi - 3, 12);
  });
  it('Welch p is small for clearly different means and 1 for identical ones', () => {
    const a = summarize(Array.from({ length: 50 }, (_, i) => i % 5));
    const b = summarize(Array.from({ length: 50 }, (_, i) => 10 + (i % 5)));
    expect(welchP(a, b)).toBeLessThan(1e-6);
    expect(welchP(a, a)).toBeCloseTo(1, 6);
  });
});

describe('quantile', () => {
  it('interpolates between order statistics', () => {
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3], 0)).toBe(1);
    expect(quantile([1, 2, 3], 1)).toBe(3);
  });
});

describe('kolmogorovSmirnov', () => {
  it('finds no gap between a sample and itself', () => {
    const xs = [1, 2, 2, 3, 5, 8];
    expect(kolmogorovSmirnov(xs, xs)).toEqual({ d: 0, p: 1 });
  });
  it('finds the whole gap between disjoint samples and rejects them', () => {
    const a = Array.from({ length: 40 }, (_, i) => i);
    const b = a.map((x) => x + 100);
    const r = kolmogorovSmirnov(a, b);
    expect(r.d).toBe(1);
    expect(r.p).toBeLessThan(1e-6);
  });
});
