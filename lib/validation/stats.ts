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

/**
 * The model's spread of one figure over simulated runs of the same fleet, and a test of one real
 * run's figure against it.
 *
 * The simulated runs differ only in what also differs between real runs (the scrape phases), so
 * their spread is the model's own prediction of how far one real run may land from the mean: it
 * holds the binomial noise and any correlation between items (a restarted target keeps its phase
 * for all its crashes). The mean is itself estimated from `runs` draws, hence the (1 + 1/runs).
 */
export interface ModelSpread {
  mean: number;
  sd: number;
  runs: number;
}

export function modelSpread(figures: readonly number[]): ModelSpread {
  const s = summarize(figures);
  return { mean: s.mean, sd: s.sd, runs: s.n };
}

/** Standard error of (real − model mean) if the real run is one more draw of the model. */
export const spreadSe = (m: ModelSpread): number => m.sd * Math.sqrt(1 + 1 / m.runs);

/** Two-sided p of a real figure under the model; a model without spread allows only its one value. */
export function spreadP(real: number, m: ModelSpread): number {
  const se = spreadSe(m);
  if (se === 0) return Math.abs(real - m.mean) < 1e-9 ? 1 : 0;
  return twoSidedP((real - m.mean) / se);
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
