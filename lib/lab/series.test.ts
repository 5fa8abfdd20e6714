import { describe, expect, it } from 'vitest';
import { scenarioOrThrow } from '../scenario/parse';
import { runScenario } from '../sim/run';
import { metricSeries, niceCeil } from './series';

describe('metricSeries', () => {
  const report = runScenario(scenarioOrThrow({ durationSec: 600, resolutionSec: 60, push: { alignment: 'aligned' } }))!;

  it('gives both sides the same x points and one shared y bound', () => {
    const s = metricSeries(report, 'requests');
    expect(s.pull.map((p) => p.min)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(s.push.map((p) => p.min)).toEqual(s.pull.map((p) => p.min));
    for (const p of [...s.pull, ...s.push]) expect(p.value ?? 0).toBeLessThanOrEqual(s.yMax);
  });

  it('turns bucket counts into rates and shares', () => {
    const req = metricSeries(report, 'requests');
    expect(req.push[3].value).toBeCloseTo(report.push.timeline[3].requests / 60);
    const missed = metricSeries(report, 'missed');
    const row = report.pull.timeline[2];
    expect(missed.pull[2].value).toBeCloseTo(row.missed / row.expected);
    expect(missed.yMax).toBe(1);
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
