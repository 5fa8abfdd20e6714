import { describe, expect, it } from 'vitest';
import { hashString, hashUniform, hashWords, saltsFor, Stream } from './rng';

describe('Stream', () => {
  it('repeats for the same key and differs for another key', () => {
    const a = new Stream(1, 2);
    const b = new Stream(1, 2);
    const c = new Stream(1, 3);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
  });

  it('is uniform on [0, 1): mean 1/2, variance 1/12, within 5 standard errors', () => {
    const s = new Stream(42);
    const n = 100_000;
    let sum = 0;
    let sq = 0;
    let min = 1;
    let max = 0;
    for (let i = 0; i < n; i++) {
      const u = s.next();
      min = Math.min(min, u);
      max = Math.max(max, u);
      sum += u;
      sq += u * u;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(sq / n - sum ** 2 / n ** 2 - 1 / 12)).toBeLessThan(0.002);
  });
});

describe('hashUniform', () => {
  it('is a pure function of its arguments', () => {
    expect(hashUniform(7, 8, 9)).toBe(hashUniform(7, 8, 9));
    expect(hashUniform(7, 8, 9)).not.toBe(hashUniform(7, 8, 10));
  });

  it('spreads consecutive counters evenly over ten bins (chi-square, 9 dof, p > 0.001)', () => {
    const bins = new Array(10).fill(0);
    const n = 50_000;
    for (let k = 0; k < n; k++) bins[Math.floor(hashUniform(123, 5, k) * 10)]++;
    const chi2 = bins.reduce((acc, o) => acc + (o - n / 10) ** 2 / (n / 10), 0);
    expect(chi2).toBeLessThan(27.88);
  });
});

describe('salts', () => {
  it('gives each concern its own word, and another seed other words', () => {
    const a = saltsFor(1);
    expect(new Set(Object.values(a)).size).toBe(Object.keys(a).length);
    expect(saltsFor(2).arrivals).not.toBe(a.arrivals);
  });

  it('hashes names and word lists deterministically', () => {
    expect(hashString('web')).toBe(hashString('web'));
    expect(hashString('web')).not.toBe(hashString('weg'));
    expect(hashWords(1, 2)).not.toBe(hashWords(2, 1));
  });
});
