import { describe, expect, it } from 'vitest';
import { scenarioOrThrow, withPreset } from '../scenario/parse';
import { findPreset } from '../scenario/presets';
import { runScenario } from '../run/run';
import fc from 'fast-check';
import {
  MAX_POINTS_PER_SERIES,
  metricSeries,
  niceCeil,
  niceTicks,
  peakPerGroup,
  reuseUnchanged,
  type Point,
} from './series';

describe('metricSeries', () => {
  it('shows the thundering herd at the default bucket: the load chart peaks at the run’s busiest second', () => {
    const herd = runScenario(scenarioOrThrow(withPreset(findPreset('thundering-herd'))))!;
    const load = metricSeries(herd, 'requests');
    const top = Math.max(...load.push.map((p) => p.value ?? 0));
    expect(top).toBe(herd.push.requestsPerSecPeak);
    // A bucket's mean would have hidden it: the burst is many times the busiest bucket's mean.
    const meanTop = Math.max(...herd.push.timeline.map((r) => r.requests / herd.scenario.resolutionSec));
    expect(top).toBeGreaterThan(3 * meanTop);
  });

  it('draws marked-down instances per bucket from the timeline', () => {
    const crashing = runScenario(
      scenarioOrThrow({
        services: [{ name: 'web', kind: 'long-running', count: 20, crashesPerHour: 6, restartDelaySec: 60 }],
      }),
    )!;
    const down = metricSeries(crashing, 'down');
    expect(down.pull.map((p) => p.value)).toEqual(crashing.pull.timeline.map((r) => r.down));
    expect(Math.max(...down.pull.map((p) => p.value ?? 0))).toBeGreaterThan(0);
  });

  const report = runScenario(scenarioOrThrow({ durationSec: 600, resolutionSec: 60, push: { alignment: 'aligned' } }))!;

  it('gives both sides the same x points and one shared y bound', () => {
    const s = metricSeries(report, 'requests');
    expect(s.pull.map((p) => p.min)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(s.push.map((p) => p.min)).toEqual(s.pull.map((p) => p.min));
    for (const p of [...s.pull, ...s.push]) expect(p.value ?? 0).toBeLessThanOrEqual(s.yMax);
  });

  it('turns bucket counts into rates and shares', () => {
    const req = metricSeries(report, 'requests');
    // Load is drawn as each bucket's busiest second, which an aligned fleet makes far above the mean.
    expect(req.push[3].value).toBe(report.push.timeline[3].requestsPeak);
    expect(req.push[3].value).toBeGreaterThan(report.push.timeline[3].requests / 60);
    const missed = metricSeries(report, 'missed');
    const row = report.pull.timeline[2];
    expect(missed.pull[2].value).toBeCloseTo(row.missed / row.expected);
    expect(missed.yMax).toBe(1);
  });
});

describe('peakPerGroup', () => {
  const at = (values: (number | null)[]): Point[] => values.map((value, b) => ({ min: b, value }));

  it('leaves a short series as it is', () => {
    expect(peakPerGroup(at([1, null, 3]), 3)).toEqual(at([1, null, 3]));
  });

  it('draws each group of buckets at its start with its peak; an all-gap group stays a gap', () => {
    // 7 points into at most 3: groups of ceil(7/3) = 3 buckets, starting at 0, 3 and 6.
    expect(peakPerGroup(at([0, 5, 1, null, null, null, 2]), 3)).toEqual([
      { min: 0, value: 5 },
      { min: 3, value: null },
      { min: 6, value: 2 },
    ]);
  });

  it('never draws more than the bound and never loses the peak (property)', () => {
    const value = fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: null });
    fc.assert(
      fc.property(fc.array(value, { maxLength: 3000 }), fc.integer({ min: 1, max: 700 }), (values, max) => {
        const out = peakPerGroup(at(values), max);
        expect(out.length).toBeLessThanOrEqual(max);
        const peak = (ps: Point[]) => Math.max(-1, ...ps.map((p) => p.value ?? -1));
        expect(peak(out)).toBe(peak(at(values)));
      }),
    );
  });

  it('keeps a one-bucket burst in a 20,000-bucket report', () => {
    const report = runScenario(scenarioOrThrow({ durationSec: 2000, resolutionSec: 0.1 }))!;
    const s = metricSeries(report, 'requests');
    expect(s.pull.length).toBeLessThanOrEqual(MAX_POINTS_PER_SERIES);
    expect(Math.max(...s.pull.map((p) => p.value ?? 0))).toBe(report.pull.requestsPerSecPeak);
  });
});

describe('niceCeil', () => {
  it('rounds up to 1, 2 or 5 times a power of ten', () => {
    expect(niceCeil(0)).toBe(1);
    expect(niceCeil(0.3)).toBe(0.5);
    expect(niceCeil(7)).toBe(10);
    expect(niceCeil(130)).toBe(200);
    expect(niceCeil(2000)).toBe(2000);
  });
});

describe('niceTicks', () => {
  it('steps from 0 to the bound at a round step, without float noise', () => {
    expect(niceTicks(1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(2)).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(niceTicks(30)).toEqual([0, 10, 20, 30]);
    expect(niceTicks(60)).toEqual([0, 20, 40, 60]);
    expect(niceTicks(7)).toEqual([0, 2, 4, 6]);
    expect(niceTicks(0)).toEqual([0]);
  });

  it('keeps every tick inside [0, max] with at most maxIntervals steps', () => {
    for (const max of [0.3, 1, 3, 12.5, 45, 90, 1440, 5e6]) {
      const t = niceTicks(max);
      expect(t[0]).toBe(0);
      expect(t.at(-1)).toBeLessThanOrEqual(max);
      expect(t.length - 1).toBeLessThanOrEqual(5);
      expect(t.length).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('reuseUnchanged', () => {
  const run = (pull: object) => runScenario(scenarioOrThrow({ durationSec: 600, resolutionSec: 60, seed: 3, pull }))!;
  const before = metricSeries(run({ scrapeIntervalSec: 15 }), 'requests');
  const after = metricSeries(run({ scrapeIntervalSec: 30 }), 'requests');

  it('keeps the side whose points did not change and takes the side that did', () => {
    const kept = reuseUnchanged(before, after);
    expect(after.push).not.toBe(before.push);
    expect(kept.push).toBe(before.push);
    expect(kept.pull).toBe(after.pull);
    expect(kept.pull).not.toEqual(before.pull);
    expect(kept.yMax).toBe(after.yMax);
  });

  it('takes everything new without a previous series', () => {
    expect(reuseUnchanged(undefined, after)).toBe(after);
  });
});
