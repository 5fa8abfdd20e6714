import { describe, expect, it } from 'vitest';
import { fnv1a32, hashString, hashUniform, hashWords, saltsFor, Stream } from './rng';

// The documented construction, recomputed in BigInt arithmetic (no Math.imul, no shifts on int32):
// fold(h, w) = fmix32((h ^ w) + 0x9e3779b9 mod 2^32), hashUniform = fold(fold(salt, a), b) / 2^32.
const M = 2n ** 32n;
const mul = (x: bigint, k: bigint) => (x * k) % M;
const fmix = (h: bigint) => {
  h ^= h >> 16n;
  h = mul(h, 0x85ebca6bn);
  h ^= h >> 13n;
  h = mul(h, 0xc2b2ae35n);
  return h ^ (h >> 16n);
};
const fold = (h: bigint, w: bigint) => fmix(((h ^ w) + 0x9e3779b9n) % M);
const reference = (salt: number, a: number, b: number) =>
  Number(fold(fold(BigInt(salt), BigInt(a)), BigInt(b))) / 2 ** 32;

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
  it('is the documented construction, whatever was drawn before', () => {
    for (const [salt, a, b] of [
      [7, 8, 9],
      [0, 0, 0],
      [0xffffffff, 123456789, 0x80000000],
    ]) {
      new Stream(salt).next(); // no hidden state: other draws in between change nothing
      expect(hashUniform(salt, a, b)).toBe(reference(salt, a, b));
    }
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

  it('hashes names with FNV-1a (its published test vectors), then mixes them', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
    expect(hashString('a')).toBe(Number(fmix(0xe40c292cn)));
  });

  it('tells names and word lists apart', () => {
    expect(hashString('web')).not.toBe(hashString('weg'));
    expect(hashWords(1, 2)).not.toBe(hashWords(2, 1));
  });
});
