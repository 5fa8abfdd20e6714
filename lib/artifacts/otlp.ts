/**
 * An OTLP/HTTP JSON export (opentelemetry-proto `ExportMetricsServiceRequest`, POSTed to `/v1/metrics`) of the
 * instance's state, as an SDK's periodic reader sends it: cumulative by default (totals since the process
 * started), or delta when the scenario pushes deltas (the increase since the previous export). Following the
 * protobuf JSON mapping, 64-bit integers (times in ns, counts) are strings and enums are numbers.
 */
import type { Scenario } from '../scenario/schema';
import { DEFAULT_SHARDS_SHOWN } from './exposition';
import { type InstanceOptions, clockMs, resolveInstance } from './instance';
import {
  completedUnits,
  durationHistogram,
  inProgress,
  planSeries,
  pushWindow,
  queueDepth,
  shardUnitsBetween,
  workUnits,
} from './model';

export const OTLP_ENDPOINT = 'http://otel-collector:4318/v1/metrics';
/** AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE, the OTLP exporter's default. */
export const CUMULATIVE = 2;
/** AggregationTemporality.AGGREGATION_TEMPORALITY_DELTA. */
export const DELTA = 1;

const nanos = (ms: number): string => (BigInt(ms) * 1_000_000n).toString();
const str = (key: string, value: string) => ({ key, value: { stringValue: value } });

export interface OtlpOptions extends InstanceOptions {
  /** How many per-shard data points to include; default 5. */
  shardsShown?: number;
}

export interface OtlpExport {
  body: string;
  /** Shard data points the real export carries but this body leaves out. */
  shardPointsOmitted: number;
}

export function otlpExport(s: Scenario, opts: OtlpOptions = {}): OtlpExport {
  const inst = resolveInstance(s, opts);
  const plan = planSeries(inst.group.seriesPerService);
  const t = inst.tSec;
  const time = { timeUnixNano: nanos(clockMs(inst, t)) };
  const delta = s.push.temporality === 'delta';
  // What the sums and the histogram cover: the process's life so far, or the last push interval.
  const fromSec = delta ? Math.max(inst.startSec, t - s.push.pushIntervalSec) : inst.startSec;
  const { work, n0, n1 } = delta
    ? pushWindow(inst, s.push.pushIntervalSec)
    : { work: workUnits(inst, t), n0: 0, n1: completedUnits(inst, t) };
  const temporality = delta ? DELTA : CUMULATIVE;
  const span = { startTimeUnixNano: nanos(clockMs(inst, fromSec)), ...time };
  const metrics: object[] = [];
  const gauge = (name: string, description: string, value: number) =>
    metrics.push({ name, description, unit: '{unit}', gauge: { dataPoints: [{ ...time, asInt: String(value) }] } });

  if (plan.work) {
    metrics.push({
      name: 'work.units',
      description: 'Units of work done since the process started.',
      unit: '{unit}',
      sum: {
        dataPoints: [{ ...span, asDouble: work }],
        aggregationTemporality: temporality,
        isMonotonic: true,
      },
    });
  }
  if (plan.inProgress) gauge('work.in_progress', 'Units of work currently running.', inProgress(inst, t));
  if (plan.queueDepth) gauge('work.queue_depth', 'Units of work waiting to start.', queueDepth(inst, t));
  if (plan.histogram) {
    const h = durationHistogram(inst, plan.histogram, n0, n1);
    // OTLP bucket counts are per bucket, not cumulative, with one more bucket above the last bound.
    const perBucket = [...h.cumulative, h.count].map((c, i, all) => String(c - (i > 0 ? all[i - 1] : 0)));
    metrics.push({
      name: 'work.duration',
      description: 'Time taken by each completed unit of work.',
      unit: 's',
      histogram: {
        dataPoints: [
          {
            ...span,
            count: String(h.count),
            sum: h.sumSec,
            bucketCounts: perBucket,
            explicitBounds: [...h.bounds],
          },
        ],
        aggregationTemporality: temporality,
      },
    });
  }
  const shown = Math.min(plan.shards, opts.shardsShown ?? DEFAULT_SHARDS_SHOWN);
  if (shown > 0) {
    metrics.push({
      name: 'work.shard.units',
      description: 'Units of work done per shard (units are dealt to shards round-robin).',
      unit: '{unit}',
      sum: {
        dataPoints: Array.from({ length: shown }, (_, j) => ({
          attributes: [{ key: 'shard', value: { intValue: String(j) } }],
          ...span,
          asInt: String(shardUnitsBetween(n0, n1, plan.shards, j)),
        })),
        aggregationTemporality: temporality,
        isMonotonic: true,
      },
    });
  }
  const request = {
    resourceMetrics: [
      {
        resource: { attributes: [str('service.name', inst.group.name), str('service.instance.id', inst.id)] },
        scopeMetrics: [{ scope: { name: 'pushpull-lab' }, metrics }],
      },
    ],
  };
  return { body: `${JSON.stringify(request, null, 2)}\n`, shardPointsOmitted: plan.shards - shown };
}
