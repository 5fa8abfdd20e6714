/**
 * Interval estimates and two-sample tests for comparing a real Prometheus with the simulator.
 *
 * Large-sample methods only (normal approximations): each scenario is sized for tens to hundreds
 * of samples. Every function is pure and takes the confidence as a z value (Z95, Z99).
 */

/** Two-sided standard normal quantiles. */
export const Z95 = 1.959964;
export const Z99 = 2.575829;
export const Z999 = 3.290527;

export interface Interval {
  lo: number;
  hi: number;
}

/** Standard normal CDF (Abramowitz & Stegun 7.1.26 for erf, error below 1.5e-7). */
export function normalCdf(x: number): number {
  const t = 1 / (1 + (0.3275911 * Math.abs(x)) / Math.SQRT2);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** Two-sided p-value of a standard normal statistic. */
export const twoSidedP = (z: number): number => Math.min(1, 2 * (1 - normalCdf(Math.abs(z))));

/** Wilson score interval for x successes in n trials: stays inside [0, 1], sound near 0 and 1. */
export function wilson(x: number, n: number, z = Z95): Interval {
  if (n === 0) return { lo: 0, hi: 1 };
  const p = x / n;
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + z2n);
  return { lo: Math.max(0, centre - half), hi: Math.min(1, centre + half) };
}

/** Newcombe's hybrid score interval for p1 − p2 (two independent proportions, built from Wilson). */
export function proportionDifference(x1: number, n1: number, x2: number, n2: number, z = Z95): Interval {
  const p1 = n1 ? x1 / n1 : 0;
  const p2 = n2 ? x2 / n2 : 0;
  const a = wilson(x1, n1, z);
  const b = wilson(x2, n2, z);
  const d = p1 - p2;
  return {
    lo: d - Math.sqrt((p1 - a.lo) ** 2 + (b.hi - p2) ** 2),
    hi: d + Math.sqrt((a.hi - p1) ** 2 + (p2 - b.lo) ** 2),
  };
}

/** Pooled two-proportion z test; p = 1 when there is no variation to test. */
export function twoProportionP(x1: number, n1: number, x2: number, n2: number): number {
  if (n1 === 0 || n2 === 0) return 1;
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (se === 0) return 1;
  return twoSidedP((x1 / n1 - x2 / n2) / se);
}

export interface Summary {
  n: number;
  mean: number;
  /** Sample standard deviation (n − 1). */
  sd: number;
}

export function summarize(xs: readonly number[]): Summary {
  const n = xs.length;
  if (n === 0) return { n, mean: NaN, sd: NaN };
  const mean = xs.reduce((a, x) => a + x, 0) / n;
  const sd = n > 1 ? Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1)) : 0;
  return { n, mean, sd };
}

/** Normal-approximation interval for a mean. */
export function meanInterval(s: Summary, z = Z95): Interval {
  if (s.n < 2) return { lo: -Infinity, hi: Infinity };
  const half = (z * s.sd) / Math.sqrt(s.n);
  return { lo: s.mean - half, hi: s.mean + half };
}

/** Large-sample Welch test of equal means; p = 1 when either side has fewer than 2 values. */
export function welchP(a: Summary, b: Summary): number {
  if (a.n < 2 || b.n < 2) return 1;
  const se = Math.sqrt((a.sd * a.sd) / a.n + (b.sd * b.sd) / b.n);
  if (se === 0) return a.mean === b.mean ? 1 : 0;
  return twoSidedP((a.mean - b.mean) / se);
}

/** Empirical quantile (linear interpolation between order statistics), q in [0, 1]. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = q * (s.length - 1);
  const i = Math.floor(pos);
  return i + 1 < s.length ? s[i] + (pos - i) * (s[i + 1] - s[i]) : s[i];
}

/** Two-sample Kolmogorov–Smirnov: the largest gap between the empirical CDFs, and its p-value. */
export function kolmogorovSmirnov(a: readonly number[], b: readonly number[]): { d: number; p: number } {
  if (a.length === 0 || b.length === 0) return { d: 0, p: 1 };
  const x = [...a].sort((u, v) => u - v);
  const y = [...b].sort((u, v) => u - v);
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < x.length && j < y.length) {
    const t = Math.min(x[i], y[j]);
    while (i < x.length && x[i] === t) i++;
    while (j < y.length && y[j] === t) j++;
    d = Math.max(d, Math.abs(i / x.length - j / y.length));
  }
  const ne = (x.length * y.length) / (x.length + y.length);
  // Stephens' small-sample correction to the asymptotic Kolmogorov distribution.
  const lambda = (Math.sqrt(ne) + 0.12 + 0.11 / Math.sqrt(ne)) * d;
  return { d, p: kolmogorovQ(lambda) };
}

/** P(K > λ) for the Kolmogorov distribution. */
function kolmogorovQ(lambda: number): number {
  if (lambda < 0.2) return 1;
  let sum = 0;
  for (let k = 1; k <= 100; k++) {
    const term = (k % 2 ? 2 : -2) * Math.exp(-2 * k * k * lambda * lambda);
    sum += term;
    if (Math.abs(term) < 1e-12) break;
  }
  return Math.min(1, Math.max(0, sum));
}
