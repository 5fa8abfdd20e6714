/**
 * What an instance measures, independent of any wire format. Every artifact renders these same numbers, so the
 * exposition page, the Pushgateway body, the StatsD lines, the CloudWatch request and the OTLP body agree.
 *
 * The scenario says each instance does one unit of work per second and exposes `seriesPerService` series.
 * Unit k (k = 0, 1, ...) starts at start + k, keeps the worker busy for a hashed, exponentially distributed
 * duration, and counts as completed once its second is over.
 */
import { unitHash } from './hash';
import type { Instance } from './instance';

/** Upper bounds of the work-duration histogram, seconds; a small service keeps only some of them. */
export const DURATION_BUCKETS: readonly number[] = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
export const MEAN_DURATION_SEC = 0.2;
export const MAX_QUEUE_DEPTH = 4;

/** Which series an instance exposes, spending its `seriesPerService` budget in this order. */
export interface SeriesPlan {
  work: boolean;
  startTime: boolean;
  inProgress: boolean;
  queueDepth: boolean;
  /** Finite bucket bounds of the duration histogram, or null when fewer than 3 series are left for it. */
  histogram: readonly number[] | null;
  /** Per-shard work counters filling the rest of the budget: the long tail of a real page. */
  shards: number;
}

/** A histogram costs its finite buckets plus `+Inf`, `_sum` and `_count`. */
const HISTOGRAM_FIXED_SERIES = 3;

export function planSeries(budget: number): SeriesPlan {
  let left = budget;
  const take = (): boolean => {
    if (left === 0) return false;
    left--;
    return true;
  };
  const work = take();
  const startTime = take();
  const inProgress = take();
  const queueDepth = take();
  let histogram: number[] | null = null;
  if (left >= HISTOGRAM_FIXED_SERIES) {
    const k = Math.min(DURATION_BUCKETS.length, left - HISTOGRAM_FIXED_SERIES);
    histogram = spread(DURATION_BUCKETS, k);
    left -= k + HISTOGRAM_FIXED_SERIES;
  }
  return { work, startTime, inProgress, queueDepth, histogram, shards: left };
}

/** k items of a sorted list, evenly spaced and keeping both ends when k >= 2 (coarser buckets, same range). */
export function spread<T>(items: readonly T[], k: number): T[] {
  if (k >= items.length) return [...items];
  if (k === 1) return [items[Math.floor((items.length - 1) / 2)]];
  return Array.from({ length: k }, (_, i) => items[Math.round((i * (items.length - 1)) / (k - 1))]);
}

export function planSeriesCount(p: SeriesPlan): number {
  const flags = [p.work, p.startTime, p.inProgress, p.queueDepth].filter(Boolean).length;
  return flags + (p.histogram ? p.histogram.length + HISTOGRAM_FIXED_SERIES : 0) + p.shards;
}

/** Work done by time t: one unit per second since start (a counter, so it may be fractional). */
export const workUnits = (inst: Instance, tSec: number): number => Math.max(0, tSec - inst.startSec);

/** Units completed by time t. */
export const completedUnits = (inst: Instance, tSec: number): number => Math.floor(workUnits(inst, tSec));

/** What a push at the instance's moment covers: (t - interval, t], clipped at the instance's start. */
export interface PushWindow {
  /** Work done in the window, kept to microseconds so 1800 - 1799.9 is 0.1. */
  work: number;
  /** Units [n0, n1) completed in the window. */
  n0: number;
  n1: number;
}

export function pushWindow(inst: Instance, intervalSec: number): PushWindow {
  const from = Math.max(inst.startSec, inst.tSec - intervalSec);
  const work = Math.round((workUnits(inst, inst.tSec) - workUnits(inst, from)) * 1e6) / 1e6;
  return { work, n0: completedUnits(inst, from), n1: completedUnits(inst, inst.tSec) };
}

/** Duration of unit k in whole milliseconds: the exponential quantile of a hash, at least 1 ms. */
export function unitDurationMs(inst: Instance, k: number): number {
  const u = unitHash(inst.scenario.seed, inst.id, 'duration', k);
  return Math.max(1, Math.round(exponentialQuantile(u, MEAN_DURATION_SEC) * 1000));
}

export const exponentialQuantile = (u: number, mean: number): number => mean * -Math.log1p(-u);

/** Durations are exponential from a 32-bit hash, so none exceeds -0.2 ln(2^-32) s, about 4.4 s. */
const LONGEST_UNIT_SEC = 5;

/** Units in flight at time t: unit j keeps the worker busy on (start + j, start + j + its duration]. */
export function inProgress(inst: Instance, tSec: number): number {
  const done = workUnits(inst, tSec);
  let busy = 0;
  for (let j = Math.ceil(done) - 1; j >= 0 && done - j <= LONGEST_UNIT_SEC; j--) {
    if ((done - j) * 1000 <= unitDurationMs(inst, j)) busy++;
  }
  return busy;
}

/** Items waiting at time t, 0..MAX_QUEUE_DEPTH, changing once a second. */
export const queueDepth = (inst: Instance, tSec: number): number =>
  Math.floor(unitHash(inst.scenario.seed, inst.id, 'queue', Math.floor(tSec)) * (MAX_QUEUE_DEPTH + 1));

/** Units are dealt round-robin: unit k goes to shard k mod shards. Units of shard j among the first n. */
export const shardUnits = (n: number, shards: number, j: number): number => (n > j ? Math.ceil((n - j) / shards) : 0);

/** Units [n0, n1) that went to shard j. */
export const shardUnitsBetween = (n0: number, n1: number, shards: number, j: number): number =>
  shardUnits(n1, shards, j) - shardUnits(n0, shards, j);

export interface DurationHistogram {
  bounds: readonly number[];
  /** Cumulative counts per finite bound (`le`), as the exposition format wants them. */
  cumulative: number[];
  count: number;
  sumSec: number;
}

/** The histogram of the durations of units [from, to). */
export function durationHistogram(
  inst: Instance,
  bounds: readonly number[],
  from: number,
  to: number,
): DurationHistogram {
  const perBucket = new Array<number>(bounds.length).fill(0);
  let sumMs = 0;
  for (let k = from; k < to; k++) {
    const ms = unitDurationMs(inst, k);
    sumMs += ms;
    const b = bounds.findIndex((le) => ms <= le * 1000);
    if (b >= 0) perBucket[b]++;
  }
  let running = 0;
  const cumulative = perBucket.map((c) => (running += c));
  return { bounds, cumulative, count: Math.max(0, to - from), sumSec: sumMs / 1000 };
}
