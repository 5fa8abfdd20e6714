/**
 * The CloudWatch PutMetricData call an instance makes for one push interval: the Query API form body and the
 * equivalent `aws cloudwatch put-metric-data` command. CloudWatch sums the data points of a period, so counters
 * are sent as the increase over the interval, not as running totals.
 */
import type { Scenario } from '../scenario/schema';
import { type Instance, type InstanceOptions, clockMs, resolveInstance } from './instance';
import { inProgress, planSeries, pushWindow, queueDepth, shardUnitsBetween, unitDurationMs } from './model';

export const NAMESPACE = 'PushPullLab';
export const API_VERSION = '2010-08-01';
/** PutMetricData limits (API reference): members per request, values per member, dimensions per metric. */
export const LIMITS = { metricsPerRequest: 1000, valuesPerMetric: 150, dimensionsPerMetric: 30 } as const;
/** Standard resolution: CloudWatch keeps one-minute aggregates. */
export const STORAGE_RESOLUTION = 60;

export interface Dimension {
  Name: string;
  Value: string;
}

/** A MetricDatum with the field names and shapes of the API and the CLI's JSON. */
export interface MetricDatum {
  MetricName: string;
  Dimensions: Dimension[];
  /** The sender's clock; omitted, CloudWatch uses the time it receives the request. */
  Timestamp?: string;
  Value?: number;
  Values?: number[];
  Counts?: number[];
  Unit: 'Count' | 'Milliseconds';
  StorageResolution: number;
}

/** The data one push carries: what happened in (t - interval, t], clipped at the instance's start. */
export function metricData(inst: Instance, intervalSec: number, clientTimestamps: boolean): MetricDatum[] {
  const plan = planSeries(inst.group.seriesPerService);
  const t = inst.tSec;
  const { work, n0, n1 } = pushWindow(inst, intervalSec);
  const dims: Dimension[] = [
    { Name: 'Service', Value: inst.group.name },
    { Name: 'InstanceId', Value: inst.id },
  ];
  const Timestamp = clientTimestamps ? new Date(clockMs(inst, t)).toISOString() : undefined;
  const datum = (
    MetricName: string,
    Dimensions: Dimension[],
    value: Pick<MetricDatum, 'Value' | 'Values' | 'Counts'>,
    Unit: MetricDatum['Unit'],
  ): MetricDatum => ({ MetricName, Dimensions, Timestamp, ...value, Unit, StorageResolution: STORAGE_RESOLUTION });
  const count = (MetricName: string, Value: number, Dimensions = dims) =>
    datum(MetricName, Dimensions, { Value }, 'Count');
  const data: MetricDatum[] = [];
  if (plan.work) data.push(count('WorkUnits', work));
  if (plan.inProgress) data.push(count('WorkInProgress', inProgress(inst, t)));
  if (plan.queueDepth) data.push(count('QueueDepth', queueDepth(inst, t)));
  if (plan.histogram && n1 > n0) {
    // Every duration of the interval, as distinct values with how often each occurred.
    const freq = new Map<number, number>();
    for (let k = n0; k < n1; k++) {
      const ms = unitDurationMs(inst, k);
      freq.set(ms, (freq.get(ms) ?? 0) + 1);
    }
    const Values = [...freq.keys()].sort((a, b) => a - b);
    data.push(datum('WorkDuration', dims, { Values, Counts: Values.map((v) => freq.get(v)!) }, 'Milliseconds'));
  }
  for (let j = 0; j < plan.shards; j++) {
    // A periodic reporter sends every metric it has, zero included.
    const shard = [...dims, { Name: 'Shard', Value: String(j) }];
    data.push(count('ShardWorkUnits', shardUnitsBetween(n0, n1, plan.shards, j), shard));
  }
  return data;
}

/** Splits data into requests within the limits: long Values/Counts arrays become several members. */
export function batchMetricData(data: readonly MetricDatum[], limits = LIMITS): MetricDatum[][] {
  const members = data.flatMap((d) => {
    if (d.Dimensions.length > limits.dimensionsPerMetric) {
      throw new RangeError(
        `${d.MetricName} has ${d.Dimensions.length} dimensions; at most ${limits.dimensionsPerMetric}`,
      );
    }
    if (!d.Values || d.Values.length <= limits.valuesPerMetric) return [d];
    const parts: MetricDatum[] = [];
    for (let i = 0; i < d.Values.length; i += limits.valuesPerMetric) {
      const end = i + limits.valuesPerMetric;
      parts.push({ ...d, Values: d.Values.slice(i, end), Counts: d.Counts?.slice(i, end) });
    }
    return parts;
  });
  const requests: MetricDatum[][] = [];
  for (let i = 0; i < members.length; i += limits.metricsPerRequest) {
    requests.push(members.slice(i, i + limits.metricsPerRequest));
  }
  return requests;
}

/** RFC 3986 percent-encoding as AWS Signature V4 wants it: everything but A-Z a-z 0-9 - _ . ~ */
export const awsEncode = (s: string): string =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The Query API parameters of one request, in the API's flattened `member.N` form. */
export function queryParams(namespace: string, data: readonly MetricDatum[]): [string, string][] {
  const params: [string, string][] = [
    ['Action', 'PutMetricData'],
    ['Version', API_VERSION],
    ['Namespace', namespace],
  ];
  data.forEach((d, i) => {
    const m = `MetricData.member.${i + 1}`;
    params.push([`${m}.MetricName`, d.MetricName]);
    d.Dimensions.forEach((dim, j) => {
      params.push(
        [`${m}.Dimensions.member.${j + 1}.Name`, dim.Name],
        [`${m}.Dimensions.member.${j + 1}.Value`, dim.Value],
      );
    });
    if (d.Timestamp !== undefined) params.push([`${m}.Timestamp`, d.Timestamp]);
    if (d.Value !== undefined) params.push([`${m}.Value`, String(d.Value)]);
    d.Values?.forEach((v, j) => params.push([`${m}.Values.member.${j + 1}`, String(v)]));
    d.Counts?.forEach((c, j) => params.push([`${m}.Counts.member.${j + 1}`, String(c)]));
    params.push([`${m}.Unit`, d.Unit], [`${m}.StorageResolution`, String(d.StorageResolution)]);
  });
  return params;
}

export const queryBody = (namespace: string, data: readonly MetricDatum[]): string =>
  queryParams(namespace, data)
    .map(([k, v]) => `${awsEncode(k)}=${awsEncode(v)}`)
    .join('&');

export interface CloudWatchPush {
  /** One entry per PutMetricData request. */
  requests: { data: MetricDatum[]; queryBody: string; json: string }[];
  /** Shell commands for the first request with the AWS CLI. */
  cli: string;
}

export function cloudwatchPush(s: Scenario, opts: InstanceOptions = {}): CloudWatchPush {
  const inst = resolveInstance(s, opts);
  const batches = batchMetricData(metricData(inst, s.push.pushIntervalSec, s.push.clientTimestamps));
  const requests = batches.map((data) => ({
    data,
    queryBody: queryBody(NAMESPACE, data),
    json: `${JSON.stringify(data, null, 2)}\n`,
  }));
  const first = requests[0];
  const cli = [
    `# ${inst.id}: ${batches.flat().length} metric data in ${requests.length} request(s) ` +
      `(at most ${LIMITS.metricsPerRequest} per request, ${LIMITS.valuesPerMetric} values per metric).`,
    ...(requests.length > 1 ? [`# Request 1 of ${requests.length}:`] : []),
    "cat > metrics.json <<'EOF'",
    `${first.json}EOF`,
    `aws cloudwatch put-metric-data --namespace ${NAMESPACE} --metric-data file://metrics.json`,
    '',
  ].join('\n');
  return { requests, cli };
}
