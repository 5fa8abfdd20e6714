import { describe, expect, it } from 'vitest';
import { scenarioOrThrow } from '../scenario/parse';
import { type MetricDatum, LIMITS, awsEncode, batchMetricData, cloudwatchPush, queryBody } from './cloudwatch';

const s = (seriesPerService = 50, extra: object = {}) =>
  scenarioOrThrow({ services: [{ name: 'web', kind: 'long-running', seriesPerService }], ...extra });

const datum = (over: Partial<MetricDatum> = {}): MetricDatum => ({
  MetricName: 'M',
  Dimensions: [{ Name: 'Service', Value: 'web' }],
  Value: 1,
  Unit: 'Count',
  StorageResolution: 60,
  ...over,
});

describe('awsEncode', () => {
  it('percent-encodes all but the RFC 3986 unreserved characters', () => {
    expect(awsEncode("a b!*'()~-_.:/=&")).toBe('a%20b%21%2A%27%28%29~-_.%3A%2F%3D%26');
    expect(awsEncode('é')).toBe('%C3%A9');
  });
});

describe('queryBody', () => {
  it('flattens MetricData into member.N parameters', () => {
    const body = queryBody('PushPullLab', [
      datum({
        Timestamp: '2026-01-01T00:30:00.000Z',
        Dimensions: [
          { Name: 'Service', Value: 'web' },
          { Name: 'InstanceId', Value: 'web-0' },
        ],
      }),
      datum({ MetricName: 'D', Value: undefined, Values: [12, 30], Counts: [2, 1], Unit: 'Milliseconds' }),
    ]);
    expect(body).toBe(
      'Action=PutMetricData&Version=2010-08-01&Namespace=PushPullLab' +
        '&MetricData.member.1.MetricName=M' +
        '&MetricData.member.1.Dimensions.member.1.Name=Service&MetricData.member.1.Dimensions.member.1.Value=web' +
        '&MetricData.member.1.Dimensions.member.2.Name=InstanceId&MetricData.member.1.Dimensions.member.2.Value=web-0' +
        '&MetricData.member.1.Timestamp=2026-01-01T00%3A30%3A00.000Z&MetricData.member.1.Value=1' +
        '&MetricData.member.1.Unit=Count&MetricData.member.1.StorageResolution=60' +
        '&MetricData.member.2.MetricName=D' +
        '&MetricData.member.2.Dimensions.member.1.Name=Service&MetricData.member.2.Dimensions.member.1.Value=web' +
        '&MetricData.member.2.Values.member.1=12&MetricData.member.2.Values.member.2=30' +
        '&MetricData.member.2.Counts.member.1=2&MetricData.member.2.Counts.member.2=1' +
        '&MetricData.member.2.Unit=Milliseconds&MetricData.member.2.StorageResolution=60',
    );
  });
});

describe('batchMetricData', () => {
  it('puts at most 1000 members in a request', () => {
    const sizes = (n: number) => batchMetricData(Array.from({ length: n }, () => datum())).map((r) => r.length);
    expect(sizes(1000)).toEqual([1000]);
    expect(sizes(1001)).toEqual([1000, 1]);
    expect(sizes(2500)).toEqual([1000, 1000, 500]);
    expect(sizes(0)).toEqual([]);
  });

  it('splits Values/Counts longer than 150 into several members of the same metric', () => {
    const values = (n: number) =>
      datum({ Value: undefined, Values: Array.from({ length: n }, (_, i) => i), Counts: Array(n).fill(1) });
    expect(batchMetricData([values(150)]).flat()).toHaveLength(1);
    const parts = batchMetricData([values(301)]).flat();
    expect(parts.map((p) => p.Values!.length)).toEqual([150, 150, 1]);
    expect(parts.map((p) => p.Counts!.length)).toEqual([150, 150, 1]);
    expect(parts[2].Values).toEqual([300]);
  });

  it('refuses more than 30 dimensions', () => {
    const dims = (n: number) => Array.from({ length: n }, (_, i) => ({ Name: `D${i}`, Value: 'v' }));
    expect(batchMetricData([datum({ Dimensions: dims(30) })])).toHaveLength(1);
    expect(() => batchMetricData([datum({ Dimensions: dims(31) })])).toThrow(/31 dimensions; at most 30/);
  });
});

describe('cloudwatchPush', () => {
  it('sends the increase over one 10 s interval at t = 1800, stamped with the sender clock', () => {
    const [req] = cloudwatchPush(s(50, { network: { clockSkewSec: 0.25 } })).requests;
    const byName = (n: string) => req.data.filter((d) => d.MetricName === n);
    expect(byName('WorkUnits')[0]).toMatchObject({ Value: 10, Unit: 'Count', Timestamp: '2026-01-01T00:30:00.250Z' });
    const durations = byName('WorkDuration')[0];
    expect(durations.Counts!.reduce((a, b) => a + b, 0)).toBe(10);
    // Units 1790..1799, dealt round-robin over 36 shards: 1790 mod 36 = 26, so shards 26..35 got one each.
    const shards = byName('ShardWorkUnits');
    expect(shards).toHaveLength(36);
    expect(shards.map((d) => d.Value)).toEqual([...Array(26).fill(0), ...Array(10).fill(1)]);
    expect(shards[26].Dimensions).toEqual([
      { Name: 'Service', Value: 'web' },
      { Name: 'InstanceId', Value: 'web-0' },
      { Name: 'Shard', Value: '26' },
    ]);
  });

  it('sends per-period values that add up to the counter, as CloudWatch sums them', () => {
    // Pushes every 10 s from t = 10 to 60: each carries 10 units, together the 60 done by t = 60.
    // Running totals would have sent 10, 20, …, 60 and summed to 210.
    const values = [10, 20, 30, 40, 50, 60].map(
      (tSec) => cloudwatchPush(s(50), { tSec }).requests[0].data.find((d) => d.MetricName === 'WorkUnits')!.Value,
    );
    expect(values).toEqual(Array(6).fill(10));
  });

  it('leaves Timestamp out when the client does not stamp (CloudWatch uses the receive time)', () => {
    const [req] = cloudwatchPush(s(50, { push: { clientTimestamps: false } })).requests;
    expect(req.queryBody).not.toContain('Timestamp');
    expect(req.json).not.toContain('Timestamp');
  });

  it('100000 series: 99990 metric data in 100 requests, each under 1 MB', () => {
    // 4 single metrics less process_start_time_seconds (3) + one duration metric + 99986 shards.
    const { requests } = cloudwatchPush(s(100_000));
    expect(requests.map((r) => r.data.length)).toEqual([...Array(99).fill(1000), 990]);
    for (const r of requests) expect(new TextEncoder().encode(r.queryBody).length).toBeLessThan(1024 * 1024);
  });

  it('a 1 h interval has more than 150 distinct durations: split into several WorkDuration members', () => {
    const { requests } = cloudwatchPush(s(14, { push: { pushIntervalSec: 3600 } }), { tSec: 3600 });
    const parts = requests.flatMap((r) => r.data).filter((d) => d.MetricName === 'WorkDuration');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.Values!.length).toBeLessThanOrEqual(LIMITS.valuesPerMetric);
    expect(parts.flatMap((p) => p.Counts!).reduce((a, b) => a + b, 0)).toBe(3600);
  });

  it('the CLI command carries the first request as JSON', () => {
    const p = cloudwatchPush(s());
    expect(p.cli).toContain(`cat > metrics.json <<'EOF'\n${p.requests[0].json}EOF\n`);
    expect(p.cli).toContain(
      'aws cloudwatch put-metric-data --namespace PushPullLab --metric-data file://metrics.json\n',
    );
    expect(JSON.parse(p.requests[0].json)).toEqual(JSON.parse(JSON.stringify(p.requests[0].data)));
  });
});
