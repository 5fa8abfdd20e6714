/** Chart-ready series from a report: per bucket, for each side, on one shared y scale per metric. */
import type { Report, TimelineRow } from '../sim/report';

export type Metric = 'missed' | 'requests' | 'bytes';

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
  requests: (r, w) => r.requests / w,
  bytes: (r, w) => r.bytes / w,
};

/** A round axis bound above the data: 1, 2 or 5 times a power of ten. */
export function niceCeil(x: number): number {
  if (!(x > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 5, 10]) if (x <= m * p) return m * p;
  return 10 * p;
}

export function metricSeries(report: Report, metric: Metric): MetricSeries {
  const w = report.scenario.resolutionSec;
  const toPoints = (rows: TimelineRow[]) => rows.map((r) => ({ min: r.t / 60, value: VALUE[metric](r, w) }));
  const pull = toPoints(report.pull.timeline);
  const push = toPoints(report.push.timeline);
  const max = Math.max(0, ...pull.map((p) => p.value ?? 0), ...push.map((p) => p.value ?? 0));
  return { pull, push, yMax: metric === 'missed' ? 1 : niceCeil(max) };
}
