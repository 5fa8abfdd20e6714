/** Chart-ready series from a report: per bucket, for each side, on one shared y scale per metric. */
import type { Report, TimelineRow } from '../sim/report';

export type Metric = 'missed' | 'down' | 'requests' | 'bytes';
export const METRICS: readonly Metric[] = ['missed', 'down', 'requests', 'bytes'];

export interface Point {
  /** Bucket start, in simulated minutes. */
  min: number;
  /** null where nothing was expected (a gap, not a zero). */
  value: number | null;
}

export interface MetricSeries {
  pull: Point[];
  push: Point[];
  /** Shared upper bound of the y axis, so the two charts of a pair compare at a glance. */
  yMax: number;
}

const VALUE: Record<Metric, (row: TimelineRow, bucketSec: number) => number | null> = {
  missed: (r) => (r.expected > 0 ? r.missed / r.expected : null),
  down: (r) => r.down,
  // The bucket's busiest second, not its mean: a thundering herd shows at any bucket width.
  requests: (r) => r.requestsPeak,
  bytes: (r, w) => r.bytes / w,
};

/** A round axis bound above the data: 1, 2 or 5 times a power of ten. */
export function niceCeil(x: number): number {
  if (!(x > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 5, 10]) if (x <= m * p) return m * p;
  return 10 * p;
}

/**
 * Axis ticks from 0 to `max` at a round step (1, 2 or 5 times a power of ten), at most
 * `maxIntervals` of them. Given to the charts ready-made, they spare each redraw recharts' own
 * tick search (arbitrary-precision arithmetic and text measuring).
 */
export function niceTicks(max: number, maxIntervals = 5): number[] {
  if (!(max > 0)) return [0];
  const step = niceCeil(max / maxIntervals);
  const ticks: number[] = [];
  for (let i = 0; i * step <= max * (1 + 1e-9); i++) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}

/**
 * The most points a chart draws per series: about one per two pixels of the widest chart, and few
 * enough that a redraw stays well within a frame budget whatever the bucket count (up to 20,000).
 */
export const MAX_POINTS_PER_SERIES = 600;

/**
 * At most `maxPoints` points: consecutive buckets are grouped evenly and each group is drawn as its
 * peak (every figure here is a rate or a share, where the worst bucket is what a reader looks for),
 * so a one-bucket burst never disappears. A group with no value at all stays a gap.
 */
export function peakPerGroup(points: readonly Point[], maxPoints = MAX_POINTS_PER_SERIES): Point[] {
  return peakOfGroups(
    points.length,
    (i) => points[i].min,
    (i) => points[i].value,
    maxPoints,
  );
}

/** peakPerGroup over `count` points read by index, so a timeline is grouped without a copy of it. */
function peakOfGroups(
  count: number,
  minAt: (i: number) => number,
  valueAt: (i: number) => number | null,
  maxPoints: number,
): Point[] {
  const size = Math.max(1, Math.ceil(count / maxPoints));
  const out: Point[] = [];
  for (let start = 0; start < count; start += size) {
    let value: number | null = null;
    for (let i = start; i < Math.min(count, start + size); i++) {
      const v = valueAt(i);
      if (v !== null && (value === null || v > value)) value = v;
    }
    out.push({ min: minAt(start), value });
  }
  return out;
}

/** Every metric's series of one report. */
export type ChartSeries = Record<Metric, MetricSeries>;

/** Series computed for a report elsewhere (by the worker that ran it), keyed by the report itself. */
const adopted = new WeakMap<Report, ChartSeries>();

/**
 * Takes `series` as the charts of `report`: the worker computes them beside the run, so the page
 * never walks a timeline of up to 20,000 buckets (see lib/lab/worker-protocol.ts).
 */
export function adoptSeries(report: Report, series: ChartSeries): void {
  adopted.set(report, series);
}

/** The series of every metric, computed from the report's timelines. */
export function chartSeries(report: Report): ChartSeries {
  return Object.fromEntries(METRICS.map((m) => [m, computeSeries(report, m)])) as ChartSeries;
}

/** The chart series of `metric`: the worker's when it sent them, else computed here. */
export function metricSeries(report: Report, metric: Metric): MetricSeries {
  return adopted.get(report)?.[metric] ?? computeSeries(report, metric);
}

function computeSeries(report: Report, metric: Metric): MetricSeries {
  const w = report.scenario.resolutionSec;
  const value = VALUE[metric];
  const toPoints = (rows: readonly TimelineRow[]) =>
    peakOfGroups(
      rows.length,
      (i) => rows[i].t / 60,
      (i) => value(rows[i], w),
      MAX_POINTS_PER_SERIES,
    );
  const pull = toPoints(report.pull.timeline);
  const push = toPoints(report.push.timeline);
  let max = 0;
  for (const p of [...pull, ...push]) max = Math.max(max, p.value ?? 0);
  return { pull, push, yMax: metric === 'missed' ? 1 : niceCeil(max) };
}

const samePoints = (a: Point[], b: Point[]) =>
  a.length === b.length && a.every((p, i) => p.min === b[i].min && p.value === b[i].value);

/**
 * `next`, keeping each side's array from `prev` where its points did not change: most knobs move
 * one side only, and a chart handed the same array skips its redraw.
 */
export function reuseUnchanged(prev: MetricSeries | undefined, next: MetricSeries): MetricSeries {
  if (!prev) return next;
  return {
    pull: samePoints(prev.pull, next.pull) ? prev.pull : next.pull,
    push: samePoints(prev.push, next.push) ? prev.push : next.push,
    yMax: next.yMax,
  };
}
