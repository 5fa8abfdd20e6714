/**
 * The headline figures of a report, pull beside push, each with the side that did better.
 * Every figure here is a cost or a failure, so lower is better.
 */
import type { Outcome, Report } from '../sim/report';
import { formatBytes, formatCount, formatPercent, formatSeconds } from './format';

export type Side = 'pull' | 'push';

export interface FigureRow {
  id: string;
  label: string;
  /** What the number means, in one sentence. */
  hint: string;
  pull: string;
  push: string;
  /** The side with the lower (better) value, or null for a tie or when not comparable. */
  better: Side | null;
}

interface FigureSpec {
  id: string;
  label: string;
  hint: string;
  value(o: Outcome, r: Report): number | null;
  format(v: number | null, o: Outcome, r: Report): string;
}

const perSec = (v: number | null) => (v === null ? '–' : `${formatCount(v)}/s`);

const SPECS: readonly FigureSpec[] = [
  {
    id: 'missed',
    label: 'Missed samples',
    hint: 'Share of (instance, bucket) pairs with no data point, while the instance was alive.',
    value: (o) => o.missedSampleRatio,
    format: (v) => formatPercent(v ?? 0),
  },
  {
    id: 'never-seen',
    label: 'Instances never seen',
    hint: 'Instances the backend holds no data point from at all.',
    value: (o) => (o.servicesTotal ? o.servicesNeverSeen / o.servicesTotal : 0),
    format: (_v, o) => `${formatCount(o.servicesNeverSeen)} of ${formatCount(o.servicesTotal)}`,
  },
  {
    id: 'counts-lost',
    label: 'Counts lost',
    hint: 'Share of all counter increments the backend never learns of.',
    value: (o) => o.countsLostRatio,
    format: (v) => formatPercent(v ?? 0),
  },
  {
    id: 'load-peak',
    label: 'Peak load',
    hint: 'Requests reaching the collector in the busiest one-second window.',
    value: (o) => o.requestsPerSecPeak,
    format: perSec,
  },
  {
    id: 'load-mean',
    label: 'Mean load',
    hint: 'Requests per second over the whole run, retries and failures included.',
    value: (o) => o.requestsPerSecMean,
    format: perSec,
  },
  {
    id: 'bytes',
    label: 'Data moved',
    hint: 'Payload bytes per second towards the collector.',
    value: (o, r) => o.bytes / r.scenario.durationSec,
    format: (v) => `${formatBytes(v ?? 0)}/s`,
  },
  {
    id: 'failed',
    label: 'Failed requests',
    hint: 'Scrapes that failed, or pushes refused or lost.',
    value: (o) => o.failed,
    format: (v) => formatCount(v ?? 0),
  },
  {
    id: 'dead-detection',
    label: 'Time to notice a crash',
    hint: 'Mean time from a long-running instance crashing to the backend knowing it is down.',
    value: (o) => o.deadDetectionSecMean,
    format: (v) => (v === null ? 'no crashes' : formatSeconds(v)),
  },
  {
    id: 'timestamp-error',
    label: 'Timestamp error',
    hint: 'Mean gap between the time stored with a data point and the moment it describes.',
    value: (o) => o.timestampErrorSecMean,
    format: (v) => formatSeconds(v ?? 0),
  },
  {
    id: 'stale-series',
    label: 'Stale series',
    hint: 'Series still exposed at the end for instances that had already ended.',
    value: (o) => o.staleSeries,
    format: (v) => formatCount(v ?? 0),
  },
  {
    id: 'config-places',
    label: 'Places to configure',
    hint: 'Places that must name where data comes from or goes to.',
    value: (o) => o.configPlaces,
    format: (v) => formatCount(v ?? 0),
  },
];

/** Values within 2% of each other (or both zero) are a tie: no side is marked. */
function betterSide(pull: number | null, push: number | null): Side | null {
  if (pull === null || push === null || pull === push) return null;
  const scale = Math.max(Math.abs(pull), Math.abs(push));
  if (Math.abs(pull - push) <= 0.02 * scale) return null;
  return pull < push ? 'pull' : 'push';
}

export function figureRows(report: Report): FigureRow[] {
  return SPECS.map((spec) => {
    const pv = spec.value(report.pull, report);
    const sv = spec.value(report.push, report);
    return {
      id: spec.id,
      label: spec.label,
      hint: spec.hint,
      pull: spec.format(pv, report.pull, report),
      push: spec.format(sv, report.push, report),
      better: betterSide(pv, sv),
    };
  });
}
