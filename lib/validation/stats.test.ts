import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  kolmogorovSmirnov,
  meanInterval,
  modelSpread,
  normalCdf,
  quantile,
  spreadP,
  spreadSe,
  summarize,
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

describe('model spread', () => {
  // Simulated runs giving 0.30, 0.40, 0.50, 0.40: mean 0.40, sd sqrt(0.02 / 3) = 0.08165.
  const m = modelSpread([0.3, 0.4, 0.5, 0.4]);
  it("is the mean and sample sd of the runs, the sd widened by the mean's own error", () => {
    expect(m.mean).toBeCloseTo(0.4, 12);
    expect(m.sd).toBeCloseTo(Math.sqrt(0.02 / 3), 12);
    expect(spreadSe(m)).toBeCloseTo(Math.sqrt(0.02 / 3) * Math.sqrt(1.25), 12);
  });
  it('gives p = 1 at the mean and the normal tail elsewhere', () => {
    expect(spreadP(0.4, m)).toBeCloseTo(1, 6);
    // z = 0.18 / 0.091287 = 1.9718: two-sided p = 0.0486.
    expect(spreadP(0.58, m)).toBeCloseTo(0.0486, 3);
    expect(spreadP(0.22, m)).toBeCloseTo(spreadP(0.58, m), 12);
  });
  it("allows only the model's value when its runs never vary", () => {
    const fixed = modelSpread([1, 1, 1]);
    expect(spreadP(1, fixed)).toBe(1);
    expect(spreadP(111 / 112, fixed)).toBe(0);
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
