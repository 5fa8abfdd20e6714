import { describe, expect, it } from 'vitest';
import { scenarioOrThrow } from '../scenario/parse';
import { exposition } from './exposition';
import { CUMULATIVE, DELTA, otlpExport } from './otlp';

const s = scenarioOrThrow({ services: [{ name: 'web', kind: 'long-running', seriesPerService: 50 }] });
interface NumberPoint {
  startTimeUnixNano?: string;
  timeUnixNano: string;
  asDouble?: number;
  asInt?: string;
}
interface HistogramPoint {
  count: string;
  sum: number;
  bucketCounts: string[];
  explicitBounds: number[];
}
interface OtlpMetric {
  name: string;
  sum?: { dataPoints: NumberPoint[]; aggregationTemporality: number; isMonotonic: boolean };
  gauge?: { dataPoints: NumberPoint[] };
  histogram?: { dataPoints: HistogramPoint[]; aggregationTemporality: number };
}
const metricsOf = (body: string): OtlpMetric[] => JSON.parse(body).resourceMetrics[0].scopeMetrics[0].metrics;

describe('otlpExport', () => {
  const { body, shardPointsOmitted } = otlpExport(s);
  const metrics = metricsOf(body);
  const byName = (n: string) => metrics.find((m) => m.name === n)!;

  it('names the resource and sends cumulative monotonic sums with string nanosecond times', () => {
    expect(JSON.parse(body).resourceMetrics[0].resource.attributes).toEqual([
      { key: 'service.name', value: { stringValue: 'web' } },
      { key: 'service.instance.id', value: { stringValue: 'web-0' } },
    ]);
    const work = byName('work.units').sum!;
    expect(work).toMatchObject({ aggregationTemporality: CUMULATIVE, isMonotonic: true });
    // t = 1800 s after 2026-01-01T00:00:00Z (1767225600 s): 1767227400 s in ns; the process started at t = 0.
    expect(work.dataPoints[0]).toEqual({
      startTimeUnixNano: '1767225600000000000',
      timeUnixNano: '1767227400000000000',
      asDouble: 1800,
    });
    expect(CUMULATIVE).toBe(2);
  });

  it('has per-bucket (not cumulative) histogram counts, one more than the bounds, agreeing with /metrics', () => {
    const point = byName('work.duration').histogram!.dataPoints[0];
    expect(point.explicitBounds).toEqual([0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]);
    expect(point.bucketCounts).toHaveLength(8);
    expect(point.bucketCounts.reduce((a, c) => a + Number(c), 0)).toBe(1800);
    expect(point.count).toBe('1800');
    const page = exposition(s);
    expect(page).toContain(`\nwork_duration_seconds_sum ${point.sum}\n`);
    expect(page).toContain(`\nwork_duration_seconds_bucket{le="0.05"} ${point.bucketCounts[0]}\n`);
  });

  it('shows 5 of 36 shard points and says how many it left out', () => {
    expect(byName('work.shard.units').sum!.dataPoints).toHaveLength(5);
    expect(shardPointsOmitted).toBe(31);
  });

  it('gauges carry integer values as strings', () => {
    expect(byName('work.queue_depth').gauge!.dataPoints[0].asInt).toMatch(/^[0-4]$/);
  });
});

describe('otlpExport with delta temporality', () => {
  // Pushes every 60 s; the export at t = 1800 s covers (1740 s, 1800 s], one unit of work per second.
  const delta = scenarioOrThrow({
    services: [{ name: 'web', kind: 'long-running', seriesPerService: 50 }],
    push: { pushIntervalSec: 60, temporality: 'delta' },
  });
  const metrics = metricsOf(otlpExport(delta).body);
  const byName = (n: string) => metrics.find((m) => m.name === n)!;

  it('sends the increase since the previous export, starting where that one ended', () => {
    const work = byName('work.units').sum!;
    expect(work.aggregationTemporality).toBe(DELTA);
    expect(work.dataPoints[0]).toEqual({
      startTimeUnixNano: '1767227340000000000', // 1767227400 s - 60 s
      timeUnixNano: '1767227400000000000',
      asDouble: 60,
    });
  });

  it('counts only the interval’s units in the histogram and the shards', () => {
    const h = byName('work.duration').histogram!;
    expect(h.aggregationTemporality).toBe(DELTA);
    expect(h.dataPoints[0].count).toBe('60');
    expect(h.dataPoints[0].bucketCounts.reduce((a, c) => a + Number(c), 0)).toBe(60);
    // 60 units dealt round-robin over 36 shards: every shard gets 1 or 2.
    for (const p of byName('work.shard.units').sum!.dataPoints) expect(['1', '2']).toContain(p.asInt);
  });
});
